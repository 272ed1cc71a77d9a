import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret for cookies and mailed links (256 bits). */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores of a token: its SHA-256, so a database leak is not a key leak. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
