import { InputRule, mergeAttributes, Node } from "@tiptap/core";
import type { Node as ProseMirrorNode, ResolvedPos } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    actionBlock: {
      /** Inserts an action block after the current block of the chapter (or in its place when empty). */
      insertActionBlock: () => ReturnType;
    };
  }
}

export const ACTION_BLOCK_SHORTCUT = "Mod-Alt-a";
export const ACTION_SLASH_COMMAND = "/actie";

/**
 * An action block: the paragraph a council writes IS the tracked action. `actionId` binds it
 * to an Action row; the first paragraph is the action's title, the rest its description. Only
 * inside a chapter (its chapter is the action's primary domain). The server projects blocks
 * onto actions; clients only propose ids (a fresh UUID per new block).
 */
export const ActionBlock = Node.create({
  name: "actionBlock",
  content: "paragraph (paragraph | bulletList | orderedList)*",
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      actionId: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-action-id") ?? "",
        renderHTML: (attributes) => ({ "data-action-id": attributes.actionId as string }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-action-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { class: "koers-action" }), 0];
  },
  addCommands() {
    return {
      insertActionBlock:
        () =>
        ({ state, tr, dispatch }) =>
          insertActionBlock(state, tr, dispatch),
    };
  },
  addKeyboardShortcuts() {
    return { [ACTION_BLOCK_SHORTCUT]: () => this.editor.commands.insertActionBlock() };
  },
  addInputRules() {
    return [
      new InputRule({
        find: /^\/actie\s$/,
        handler: ({ state, range, chain }) => {
          const $from = state.doc.resolve(range.from);
          if (!chapterDepth($from) || insideActionBlock($from)) return null;
          chain().deleteRange(range).insertActionBlock().run();
        },
      }),
    ];
  },
});

function chapterDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth--) if ($pos.node(depth).type.name === "chapter") return depth;
  return null;
}

function insideActionBlock($pos: ResolvedPos): boolean {
  for (let depth = $pos.depth; depth > 0; depth--) if ($pos.node(depth).type.name === "actionBlock") return true;
  return false;
}

function newActionId(): string {
  return globalThis.crypto.randomUUID();
}

function insertActionBlock(state: EditorState, tr: Transaction, dispatch: ((tr: Transaction) => void) | undefined): boolean {
  const $from = state.selection.$from;
  const depth = chapterDepth($from);
  if (depth === null) return false;
  const { schema } = state;
  const block: ProseMirrorNode = schema.nodes.actionBlock!.create({ actionId: newActionId() }, schema.nodes.paragraph!.create());
  if (!dispatch) return true;
  const child = $from.node(depth + 1);
  const childStart = $from.before(depth + 1);
  // An empty paragraph becomes the block; otherwise the block goes after the current one.
  if (child.type.name === "paragraph" && child.content.size === 0) {
    tr.replaceWith(childStart, childStart + child.nodeSize, block);
    tr.setSelection(TextSelection.create(tr.doc, childStart + 2));
  } else {
    const after = $from.after(depth + 1);
    tr.insert(after, block);
    tr.setSelection(TextSelection.create(tr.doc, after + 2));
  }
  dispatch(tr.scrollIntoView());
  return true;
}
