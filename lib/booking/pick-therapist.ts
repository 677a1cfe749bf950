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
