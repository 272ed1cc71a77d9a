import styles from "../../styles/comments.css";

export { CommentSection } from "./CommentSection";
export type { CommentsData, CommentTarget, CommentTargetRef } from "./types";

/** The section's stylesheet, for the `links` export of a page that shows it. */
export const commentsStylesheet: string = styles;
