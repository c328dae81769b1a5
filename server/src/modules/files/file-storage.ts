export interface StoredFile {
  bytes: Buffer;
  contentType: string;
}

export interface ListedFile {
  key: string;
  modifiedAt: Date;
}

/**
 * Where uploaded files live. The local disk is the default; object storage (S3, COS, MinIO) is the
 * other implementation a deployment may choose. Keys are made by the caller and never guessable.
 */
export abstract class FileStorage {
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when no file has the key. */
  abstract get(key: string): Promise<StoredFile | null>;
  /** Removing a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
  /** Every stored file, for the orphan sweep. */
  abstract list(): AsyncIterable<ListedFile>;
}
