/** A page of running text in sections (privacy statement, accessibility statement). */
export function LegalText({
  title,
  intro,
  sections,
  footnote,
}: {
  title: string;
  intro: string;
  sections: readonly { heading: string; items: readonly string[] }[];
  footnote?: string;
}) {
  return (
    <main id="inhalt" className="page legal-text">
      <h1>{title}</h1>
      <p>{intro}</p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      {footnote && <p className="hint">{footnote}</p>}
    </main>
  );
}
