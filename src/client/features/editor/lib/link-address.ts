/**
 * The link dialog's address check. Links are absolute with a scheme the shared policy allows (http, https,
 * mailto, tel), the rule the server applies; what an editor types is forgiven only where the intent is plain:
 * a bare host ("example.com/page") is taken as https, an address with an @ and no scheme as mailto.
 */
import { allowedUrl, LINK_SCHEMES } from '#shared/html-policy.ts';

const BARE_HOST = /^(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?::\d+)?(?:[/?#]\S*)?$/u;
const EMAIL = /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/;

/** The address to link to, or null when it is not one a story may link to. */
export function linkAddress(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return allowedUrl(text, LINK_SCHEMES);
  if (EMAIL.test(text)) return allowedUrl(`mailto:${text}`, LINK_SCHEMES);
  if (BARE_HOST.test(text)) return allowedUrl(`https://${text}`, LINK_SCHEMES);
  return null;
}
