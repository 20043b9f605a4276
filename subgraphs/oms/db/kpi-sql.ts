/** SQL fragments shared by the KPI refresh statements. */

/** The Monday (date) of the ISO week an instant falls in, in UTC. */
export const week = (instant: string) => `date_trunc('week', ${instant} AT TIME ZONE 'UTC')::date`;
/** A date's UTC midnight as an instant. */
export const midnight = (date: string) => `(${date})::timestamp AT TIME ZONE 'UTC'`;
/** The instant the data describes: the dataset's as-of when recorded, else now. */
export const AS_OF = `(SELECT COALESCE((SELECT as_of FROM dataset_info LIMIT 1), now()))`;
