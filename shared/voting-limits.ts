/** The most votes a track may give each participant; the server enforces it, the settings form offers it. */
export const MAX_VOTE_BUDGET = 50;
