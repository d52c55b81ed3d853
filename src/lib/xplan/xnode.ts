/** The small element tree built per feature member while streaming, and how to read it. */

/** One XML element of a captured feature. Names are local names; `attrs` keyed by local name. */
export interface XNode {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  line: number;
}

export function child(node: XNode, name: string): XNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childrenNamed(node: XNode, name: string): XNode[] {
  return node.children.filter((c) => c.name === name);
}

export function firstDescendant(node: XNode, name: string): XNode | undefined {
  for (const c of node.children) {
    if (c.name === name) return c;
    const d = firstDescendant(c, name);
    if (d) return d;
  }
  return undefined;
}

/** Text of a leaf, or of the first leaf below (for 6.0 complex code types: …/allgemein). */
export function leafText(node: XNode): string {
  if (node.children.length === 0) return node.text.trim();
  const allgemein = firstDescendant(node, 'allgemein');
  if (allgemein) return allgemein.text.trim();
  const first = node.children[0];
  return first ? leafText(first) : '';
}

/**
 * A copy of `s` that does not keep the parser's 1 MiB text chunk alive: V8 keeps a substring
 * of 13 or more characters as a slice of its parent string, so an id or class name kept per
 * feature would otherwise hold the whole chunk it was read from (the whole file, in the end).
 */
export function own(s: string): string {
  return s.length < 13 ? s : s.split('').join('');
}
