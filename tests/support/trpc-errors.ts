import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Awaits a call that must be refused and returns the TRPCError it was refused with. */
export async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The tRPC error code a refused call got (NOT_FOUND, FORBIDDEN, …). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return (await refusal(promise)).code;
}
