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
 * Same rule as pickTherapist, inlined with the ranks computed once: this runs
 * for thousands of slots on every "any therapist" request.
 */
export function onePerStart<S extends { start: number; therapistId: string }>(
  slots: S[],
  bookingsOnDay: (therapistId: string, start: number) => number,
  order: string[],
): S[] {
  const ranks = new Map<string, number>();
  order.forEach((id, index) => {
    if (!ranks.has(id)) ranks.set(id, index);
  });
  const rank = (id: string) => ranks.get(id) ?? order.length;
  // A stable sort keeps each start's candidates in the order they came.
  const sorted = slots.toSorted((a, b) => a.start - b.start);
  const chosen: S[] = [];
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i]!.start;
    let best = sorted[i]!;
    let bestCount = bookingsOnDay(best.therapistId, start);
    let bestRank = rank(best.therapistId);
    for (i++; i < sorted.length && sorted[i]!.start === start; i++) {
      const slot = sorted[i]!;
      const count = bookingsOnDay(slot.therapistId, start);
      const slotRank = rank(slot.therapistId);
      if (
        count < bestCount ||
        (count === bestCount && (slotRank < bestRank || (slotRank === bestRank && slot.therapistId < best.therapistId)))
      ) {
        best = slot;
        bestCount = count;
        bestRank = slotRank;
      }
    }
    chosen.push(best);
  }
  return chosen;
}
