/** Namespace URIs the parsers recognise. */
export const NS = {
  atom10: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rss2: 'http://backend.userland.com/rss2',
  rss2b: 'http://blogs.law.harvard.edu/tech/rss',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** Namespaces in which RSS's own elements appear (plain RSS 2.0 has none; RSS 1.0 and 0.90 have theirs). */
export const RSS_NAMESPACES = ['', NS.rss10, NS.rss090, NS.rss2, NS.rss2b] as const;
export const ATOM_NAMESPACES = [NS.atom10, NS.atom03] as const;
/** iTunes' namespace, in the spelling Apple documents and the capitalised one many podcasts copy. */
export const ITUNES = [NS.itunes, 'http://www.itunes.com/DTDs/Podcast-1.0.dtd'] as const;
