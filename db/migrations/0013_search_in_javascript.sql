-- The search analyses German in JavaScript now (ADR 021): the FTS5 index of folded texts has no reader left.
DROP TABLE IF EXISTS `contributions_search`;
