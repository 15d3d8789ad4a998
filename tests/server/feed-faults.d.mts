import type { IncomingMessage, ServerResponse } from 'node:http';
export function handleFeedFault(req: IncomingMessage, res: ServerResponse): boolean;
