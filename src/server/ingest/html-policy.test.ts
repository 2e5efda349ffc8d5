import { describeHtmlPolicy } from '../../test-support/html-policy-cases.ts';
import { sanitizeBodyHtmlWithDomPurify } from './sanitize.ts';

// The DOMPurify path, which the fast path must equal (html-fast-path.test.ts).
describeHtmlPolicy('server', (html) => sanitizeBodyHtmlWithDomPurify(html));
