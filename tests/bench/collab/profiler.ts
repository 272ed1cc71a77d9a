import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

/**
 * The V8 CPU profiler of this process, switched on for one measured stretch at a time, so a
 * profile shows the measurement and not start-up or set-up. Open the .cpuprofile in Chrome
 * DevTools (Performance) or speedscope.
 */
export class Profiler {
  private session: Session | undefined;

  async start(): Promise<void> {
    if (this.session) throw new Error("already profiling");
    this.session = new Session();
    this.session.connect();
    await this.session.post("Profiler.enable");
    await this.session.post("Profiler.setSamplingInterval", { interval: 200 });
    await this.session.post("Profiler.start");
  }

  /** Stops and writes the profile to `file`; returns its path. */
  async stop(file: string): Promise<string> {
    const session = this.session;
    if (!session) throw new Error("not profiling");
    this.session = undefined;
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    return file;
  }
}
