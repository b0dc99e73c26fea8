// Setup file: after each test, wait one short timer so the worker's event loop passes
// its poll phase and reads vitest's RPC replies. Without it, consecutive CPU-bound tests
// that together block the worker for over 60 s (a busy 2-core machine) end the run with
// "Timeout calling onTaskUpdate" although every test passed (reproduced with three
// blocking tests of 35 + 35 + 5 s; a setImmediate is not enough, it runs before poll).
import { afterEach } from "vitest";

afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
