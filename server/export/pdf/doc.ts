/** The pdfkit document and structure element every part of the PDF renderer draws on (own file: document.ts imports the parts). */
export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;
