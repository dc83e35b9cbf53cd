// CPU time used by the server and by Postgres, read from /proc: on a machine shared with other
// work, CPU milliseconds per request stay meaningful when requests per second do not.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const TICKS_PER_SECOND = 100;

/** utime + stime (and, with `children`, cutime + cstime of exited children) in ms; 0 if gone. */
function cpuMs(pid: number, children: boolean): number {
  try {
    // The command name may hold spaces; the fields after it are space-separated.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
    // fields[0] is field 3 (state): utime is field 14, so index 11.
    const own = fields[11]! + fields[12]!;
    const reaped = children ? fields[13]! + fields[14]! : 0;
    return ((own + reaped) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

export const canMeasureCpu = () => process.platform === "linux";

/** CPU ms of a process, its live children and those that exited. */
function treeCpuMs(pid: number): number {
  return cpuMs(pid, true) + childrenOf(pid).reduce((sum, child) => sum + cpuMs(child, false), 0);
}

/** The server's CPU ms so far: `npm start`'s process and its web workers. */
export const serverCpuMs = treeCpuMs;

/** CPU ms of a Postgres cluster: the postmaster, its live backends and those that exited. */
export function postgresCpuMs(pgDataDir: string): number {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(path.join(pgDataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return 0;
  }
  return treeCpuMs(postmaster);
}
