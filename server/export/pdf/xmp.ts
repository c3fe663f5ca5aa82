import type { Doc } from "./doc";

/** `&`, `<` and `>` as XML entities: pdfkit writes the Info strings into its XMP packet unescaped. */
export function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * Makes pdfkit escape the document information in the XMP metadata, and only there: the Info dictionary
 * must keep the real characters, and PDF/A requires both to say the same. pdfkit builds the XMP from
 * `doc.info` in `endMetadata()`, after it has written the Info dictionary, so the escaped copy is swapped
 * in for exactly that call.
 */
export function escapeInfoInXmp(doc: Doc): void {
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    const info = doc.info;
    doc.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === "string" ? escapeXml(value) : value]),
    );
    try {
      endMetadata();
    } finally {
      doc.info = info;
    }
  };
}

/**
 * Identifies the file as PDF/UA-1 besides PDF/A-2b. pdfkit's `subset` option takes only one of the two, so the
 * `pdfuaid` property is added by hand, together with the extension schema PDF/A-2 requires for every XMP
 * property outside its predefined schemas.
 */
export function addPdfUaIdentification(doc: Doc): void {
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`);
}
