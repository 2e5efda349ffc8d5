/** Small fixtures that tests need to prove behaviour; they live in the repository (see fixtures/README.md). */
import { fileURLToPath } from 'node:url';

/** The seed wire page: 15 Arabic headlines and one TASS article in the plain-text dump format. */
export const SEED_WIRE_PAGE = fileURLToPath(new URL('./fixtures/seed-wire-page.txt', import.meta.url));
