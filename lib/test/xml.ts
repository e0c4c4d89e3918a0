// XML as a strict reader takes it, for tests of what the site writes. saxes throws on anything that
// is not well-formed, a stray "]]>" or a control character included, which the sax parser that
// comes with the `feed` package lets through.
import { SaxesParser } from "saxes";

/** An element with its attributes, child elements and own text (CDATA sections joined in). */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

/** The document's root element; throws where the XML is malformed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const top: XmlElement = { name: "", attributes: {}, children: [], text: "" };
  const open = [top];
  parser.on("opentag", (tag) => {
    const element = { name: tag.name, attributes: tag.attributes, children: [], text: "" };
    open.at(-1)!.children.push(element);
    open.push(element);
  });
  parser.on("closetag", () => open.pop());
  parser.on("text", (text) => (open.at(-1)!.text += text));
  parser.on("cdata", (text) => (open.at(-1)!.text += text));
  parser.write(xml).close();
  return top.children[0];
}

/** The child elements with this name. */
export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name);

/** The first child element with this name; throws where there is none. */
export function childNamed(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((child) => child.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
