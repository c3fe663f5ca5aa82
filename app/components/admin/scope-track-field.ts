/** The name of a track's checkbox in a scope form (here, not with the schemas: keeps zod out of the browser). */
export function scopeTrackField(trackId: string): string {
  return `track-${trackId}`;
}
