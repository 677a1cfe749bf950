import { createHash, randomBytes } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";

import { hashPassword } from "../lib/auth/password";
import { blockedWindow } from "../lib/booking/blocked-window";
import { addDays, instantAt, todayIn, weekdayOf } from "../lib/calendar/dates";
import { PrismaClient } from "../lib/generated/prisma/client";
import * as data from "./seed-data";
import { seedIntakes } from "./seed-intakes";

export interface SeedSummary {
  logins: { email: string; role: string; password: string }[];
}

export function demoLogins(): SeedSummary["logins"] {
  return data.staff.map((s) => ({ email: s.email, role: s.role, password: data.DEMO_PASSWORD }));
}

/**
 * The clinic's details row, filled from CLINIC_* once. Afterwards the row is the
 * source: changing CLINIC_* does not overwrite it (use `npm run clinic`).
 */
export async function ensureClinic(databaseUrl: string): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await db.clinicSettings.upsert({ where: { id: 1 }, create: data.clinic, update: {} });
  } finally {
    await db.$disconnect();
  }
}

/** Idempotent: running it twice leaves one copy of everything. */
export async function seed(databaseUrl: string): Promise<SeedSummary> {
  await ensureClinic(databaseUrl);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    for (const [sortOrder, type] of data.appointmentTypes.entries()) {
      await db.appointmentType.upsert({
        where: { slug: type.slug },
        create: { ...type, sortOrder },
        update: {},
      });
    }
    const passwordHash = await hashPassword(data.DEMO_PASSWORD);
    const staffIds = new Map<string, string>();
    for (const person of data.staff) {
      const user = await db.staffUser.upsert({
        where: { email: person.email },
        create: { ...person, passwordHash },
        update: {},
      });
      staffIds.set(person.email, user.id);
    }
    const therapistIds = new Map<string, string>();
    for (const [sortOrder, t] of data.therapists.entries()) {
      const therapist = await db.therapist.upsert({
        where: { slug: t.slug },
        create: {
          slug: t.slug,
          displayName: t.displayName,
          bio: t.bio,
          specialities: t.specialities,
          sortOrder,
          staffUserId: staffIds.get(t.email),
        },
        update: {},
      });
      therapistIds.set(t.slug, therapist.id);
      const hasRules = await db.availabilityRule.count({ where: { therapistId: therapist.id } });
      if (hasRules === 0) {
        await db.availabilityRule.createMany({
          data: t.hours.map((r) => ({
            therapistId: therapist.id,
            weekday: r.weekday,
            startMinutes: r.start,
            endMinutes: r.end,
          })),
        });
      }
    }
    await seedBookings(db, therapistIds);
    await seedIntakes(db, data.clinic.timeZone);
    return { logins: demoLogins() };
  } finally {
    await db.$disconnect();
  }
}

async function seedBookings(db: PrismaClient, therapistIds: Map<string, string>) {
  const existing = new Set(
    (
      await db.booking.findMany({
        where: { idempotencyKey: { startsWith: "seed-" } },
        select: { idempotencyKey: true },
      })
    ).map((b) => b.idempotencyKey),
  );
  const types = new Map((await db.appointmentType.findMany()).map((t) => [t.slug, t]));
  const today = todayIn(data.clinic.timeZone);
  for (const b of data.bookings) {
    if (existing.has(b.key)) continue;
    const therapist = data.therapists.find((t) => t.slug === b.therapist)!;
    const type = types.get(b.type)!;
    // Walk forward from the target day to the therapist's next working day.
    let day = addDays(today, b.daysFromToday);
    let hours = therapist.hours.find((r) => r.weekday === weekdayOf(day));
    while (!hours) {
      day = addDays(day, 1);
      hours = therapist.hours.find((r) => r.weekday === weekdayOf(day));
    }
    const startMinutes = hours.start + b.hourIndex * 60;
    const startsAt = instantAt(day, startMinutes, data.clinic.timeZone);
    const endsAt = new Date(startsAt.getTime() + type.minutes * 60_000);
    const patient = data.patients[b.patient]!;
    // One record per demo person: their bookings share it, so the case page shows their history.
    // Matched ignoring case, so a second run (or a record typed differently) adds no copy.
    const same = {
      email: { equals: patient.email, mode: "insensitive" },
      name: { equals: patient.name, mode: "insensitive" },
    } as const;
    const patientId =
      (await db.patient.findFirst({ where: same, select: { id: true } }))?.id ??
      (
        await db.patient.create({
          data: {
            name: patient.name,
            email: patient.email,
            phone: patient.phone,
            dateOfBirth: patient.dateOfBirth ? new Date(`${patient.dateOfBirth}T00:00:00Z`) : null,
          },
          select: { id: true },
        })
      ).id;
    await db.booking.create({
      data: {
        idempotencyKey: b.key,
        status: b.status,
        startsAt,
        endsAt,
        ...blockedWindow(startsAt, endsAt, type),
        // Seeded bookings have no manage link to e-mail: hash a token nobody keeps.
        manageTokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        therapist: { connect: { id: therapistIds.get(b.therapist)! } },
        appointmentType: { connect: { id: type.id } },
        patient: { connect: { id: patientId } },
      },
    });
  }
}
