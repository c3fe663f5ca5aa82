import { useMessages } from "../../i18n/messages";
import { type EventTrack, TrackRow } from "./event-track-row";
import type { ErrorsOf } from "./form-rejection";

export function Tracks({ tracks, errorsOf }: { tracks: EventTrack[]; errorsOf: ErrorsOf }) {
  const t = useMessages();
  return (
    <section aria-labelledby="tracks-heading" className="admin-section">
      <h2 id="tracks-heading">{t.admin.event.tracksHeading}</h2>
      {tracks.length === 0 ? (
        <p>{t.admin.event.noTracks}</p>
      ) : (
        <div className="admin-table-wrapper">
          <table className="admin-table" aria-labelledby="tracks-heading">
            <thead>
              <tr>
                <th scope="col">{t.admin.event.positionColumn}</th>
                <th scope="col">{t.admin.event.trackColumn}</th>
                <th scope="col">{t.admin.event.orderColumn}</th>
                <th scope="col">{t.admin.event.stateColumn}</th>
              </tr>
            </thead>
            <tbody>
              {tracks.map((track, index) => (
                <TrackRow
                  key={track.id}
                  track={track}
                  position={index + 1}
                  isLast={index === tracks.length - 1}
                  errorsOf={errorsOf}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">{t.admin.event.lockHint}</p>
    </section>
  );
}
