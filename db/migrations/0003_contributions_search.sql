-- Full-text index of the contributions (server/contributions/search-index.ts keeps it in step). The body is
-- stored already folded (ä→ae, ß→ss, …) so that spellings with and without umlauts meet; remove_diacritics
-- catches whatever folding left over.
CREATE VIRTUAL TABLE `contributions_search` USING fts5(contribution_id UNINDEXED, event_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
