import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` waits for what the real router answers in-process; on a busy shared machine (CI on two
// cores beside other builds) that can take longer than the library's default second.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
