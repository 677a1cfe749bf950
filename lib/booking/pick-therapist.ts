/**
 * Which free therapist gets an "anyone" booking: the one with the fewest
 * bookings that day, so work spreads evenly; ties go to whoever the clinic
 * lists first. Therapists missing from `order` come after those in it, by id,
 * so the choice never depends on the order candidates arrived in.
 */
export function pickTherapist(
  candidates: string[],
  bookingsThatDay: Record<string, number>,
  order: string[],
): string | undefined {
  // Object.hasOwn: an id such as "constructor" must not read Object.prototype.
  const count = (id: string) => (Object.hasOwn(bookingsThatDay, id) ? (bookingsThatDay[id] ?? 0) : 0);
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  let best: string | undefined;
  for (const id of candidates) {
    if (
      best === undefined ||
      count(id) < count(best) ||
      (count(id) === count(best) && (rank(id) < rank(best) || (rank(id) === rank(best) && id < best)))
    ) {
      best = id;
    }
  }
  return best;
}

/**
 * "First available" shows each free start once, with the therapist a booking
 * then would get: of those free at that start, the one with the fewest
 * bookings that day (ties in the clinic's order), as pickTherapist decides.
 */
export function onePerStart<S extends { start: number; therapistId: string }>(
  slots: S[],
  bookingsOnDay: (therapistId: string, start: number) => number,
  order: string[],
): S[] {
  const byStart = new Map<number, S[]>();
  for (const slot of slots) {
    const key = slot.start;
    const group = byStart.get(key);
    if (group) group.push(slot);
    else byStart.set(key, [slot]);
  }
  const chosen: S[] = [];
  for (const group of byStart.values()) {
    const start = group[0]!.start;
    const load = Object.fromEntries(group.map((s) => [s.therapistId, bookingsOnDay(s.therapistId, start)]));
    const winner = pickTherapist(group.map((s) => s.therapistId), load, order);
    chosen.push(group.find((s) => s.therapistId === winner)!);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
