/** A small in-memory LRU of fetched images, by address, bounded by total bytes. */

export interface CachedImage {
  bytes: Uint8Array;
  contentType: string;
  fetchedAt: number;
}

export class ImageCache {
  private readonly entries = new Map<string, CachedImage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(url: string): CachedImage | undefined {
    const entry = this.entries.get(url);
    if (entry) {
      // Most recently used last.
      this.entries.delete(url);
      this.entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, image: CachedImage): void {
    if (image.bytes.byteLength > this.maxBytes / 4) return;
    const previous = this.entries.get(url);
    if (previous) this.bytes -= previous.bytes.byteLength;
    this.entries.delete(url);
    this.entries.set(url, image);
    this.bytes += image.bytes.byteLength;
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= entry.bytes.byteLength;
    }
  }
}
