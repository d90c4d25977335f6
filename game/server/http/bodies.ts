import { z } from 'zod';

/** The bodies the HTTP API takes (CLASSROOM.md). */
export const CreateBody = z.strictObject({
  scenario: z.string().min(1).max(64),
  variant: z.string().min(1).max(256).optional(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  roles: z.array(z.string().min(1).max(64)).min(1).max(32),
  turnSeconds: z.number().int().min(10).max(86_400).nullable().optional(),
  forecasts: z.boolean().optional(),
  aiReasons: z.boolean().optional(),
});

/** A name is shown to others as text: control characters go, the rest (even `<script>`) stays as typed. */
export const Name = z
  .string()
  .transform((s) => s.replace(/[\p{Cc}\p{Cf}]/gu, '').trim())
  .pipe(z.string().min(1, 'a name is needed').max(40, 'a name has at most 40 characters'));

export const JoinBody = z.strictObject({ code: z.string().min(1).max(32), name: Name });

/** The first problem of a body, in one line. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid body';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
