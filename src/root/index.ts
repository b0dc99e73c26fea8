// Pre-dTAO root network (specs 133-232) and today's get_network_to_prune.
export {
  rootEra,
  rootEpochFlags,
  ROOT_SPEC_MIN,
  ROOT_SPEC_MAX,
  NETWORK_TO_PRUNE_SPEC,
  type RootEra,
  type RegistrationDisabledRule,
} from "./versions.js";
export { rootEpoch, type RootEpochOutcome, type RootEpochDebug } from "./epoch.js";
export { subnetToPrune } from "./subnettoprune.js";
export { rootNetworkLockCost } from "./lockcost.js";
export { rootBlockEmission } from "./blockemission.js";
export { pendingEmission, drainEmission, DEFAULT_SUBNET_OWNER_CUT, type PendingInput, type DrainInput } from "./pending.js";
export { networkToPrune, type NetworkToPruneInput } from "./networktoprune.js";
export {
  readRootFixture,
  parseRootFixture,
  runRootCase,
  rootCaseDifference,
  checkRootFixture,
  ROOT_FIXTURE_SCHEMA,
  type RootFixture,
  type RootCase,
  type RootCheckResult,
} from "./fixture.js";
export {
  ROOT_MAX_CELLS,
  ROOT_MAX_ENTRIES,
  type RootEpochInput,
  type SubnetToPruneInput,
  type LockCostInput as RootLockCostInput,
} from "./input.js";
