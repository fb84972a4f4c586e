// Compiled with the shop fixture's client by check.sh (tsc --strict): an operation's error union
// narrows on status to the body each status has.
import { PetShopAPIError, type GetPetError, type HTTPError, type HTTPValidationError } from './client.js';

export function describe(e: unknown): string {
  if (!(e instanceof PetShopAPIError)) return 'not the API';
  const error = e as PetShopAPIError & GetPetError;
  switch (error.status) {
    case 404: {
      const body: HTTPError = error.error;
      return `not found: ${body.detail}`;
    }
    case 422: {
      const body: HTTPValidationError = error.error;
      return `invalid: ${body.detail?.map((d) => d.loc.join('.')).join(', ')}`;
    }
    case 500:
      return `failed: ${error.error.detail}`;
  }
}
