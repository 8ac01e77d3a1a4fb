/** Renders a tree with box-drawing guides, one node a line (used by `trace`). */

/** One node of a tree: its label and children. */
export interface TreeNode {
  label: string;
  children?: TreeNode[];
}

/**
 * The lines of `root` and its descendants, each child under its parent with `├─`/`└─` guides; `label`
 * renders a node's label (the output layer makes it a safe single line).
 */
export function renderTree(root: TreeNode, label: (text: string) => string = (text) => text): string[] {
  const lines = [label(root.label)];
  const walk = (node: TreeNode, prefix: string) => {
    const children = node.children ?? [];
    children.forEach((child, i) => {
      const last = i === children.length - 1;
      lines.push(`${prefix}${last ? "└─ " : "├─ "}${label(child.label)}`);
      walk(child, `${prefix}${last ? "   " : "│  "}`);
    });
  };
  walk(root, "");
  return lines;
}
