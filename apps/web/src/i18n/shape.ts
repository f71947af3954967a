/** The same keys as `T`, every leaf a string: a translation cannot miss or invent a key. */
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };
