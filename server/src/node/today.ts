/** Today's date in the local time zone, `YYYY-MM-DD`: the default "today" of the date rules. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
