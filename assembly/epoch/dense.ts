import { epochSparse } from "./sparse";
export function epochDense(h: usize): usize { return epochSparse(h); }
