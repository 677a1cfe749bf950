import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";

import { FieldRefusal } from "@/lib/forms/action-result";

export interface StaffUserRow {
  id: string;
  name: string;
  email: string;
  role: "admin" | "therapist";
  active: boolean;
  mustChangePassword: boolean;
  therapistName: string | null;
  lastSignInAt: Date | null;
}

/** Everyone with a staff account, active first, with their profile and last sign-in. */
export async function listStaffUsers(actor: StaffActor): Promise<StaffUserRow[]> {
  assertActor(actor, "admin");
  const users = await db.staffUser.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      mustChangePassword: true,
      therapist: { select: { displayName: true } },
      sessions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return users.map(({ therapist, sessions, ...user }) => ({
    ...user,
    therapistName: therapist?.displayName ?? null,
    lastSignInAt: sessions[0]?.createdAt ?? null,
  }));
}

/** Therapist profiles with no account yet: the ones a new account may be linked to. */
export async function listUnlinkedTherapists(actor: StaffActor): Promise<{ id: string; displayName: string }[]> {
  assertActor(actor, "admin");
  return db.therapist.findMany({
    where: { staffUserId: null },
    orderBy: [{ sortOrder: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true },
  });
}

export interface NewStaffUserRecord {
  name: string;
  email: string;
  role: "admin" | "therapist";
  therapistId: string | null;
  passwordHash: string;
}

/** Creates an account that must change its one-time password at first sign-in. */
export async function insertStaffUser(actor: StaffActor, record: NewStaffUserRecord): Promise<{ id: string }> {
  assertActor(actor, "admin");
  const email = record.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const taken = await tx.staffUser.findFirst({ where: { email }, select: { id: true } });
    if (taken) throw new FieldRefusal("email", "Someone already has an account with this e-mail address");
    const user = await tx.staffUser.create({
      data: {
        name: record.name,
        email,
        role: record.role,
        passwordHash: record.passwordHash,
        mustChangePassword: true,
      },
      select: { id: true },
    });
    if (record.therapistId) {
      // Only a profile nobody has claimed; a lost race leaves count 0 and undoes the account.
      const linked = await tx.therapist.updateMany({
        where: { id: record.therapistId, staffUserId: null },
        data: { staffUserId: user.id },
      });
      if (linked.count !== 1)
        throw new FieldRefusal("therapistId", "That therapist profile already has an account; choose another");
    }
    await recordAudit(tx, actor, "staff_user.create", "staff_user", user.id);
    return user;
  });
}

/** Deactivating ends every session of the user; reactivating lets them sign in again (no session comes back). */
export async function setStaffUserActive(actor: StaffActor, userId: string, active: boolean): Promise<void> {
  assertActor(actor, "admin");
  if (!active && userId === actor.userId) throw new FieldRefusal("userId", "You cannot deactivate your own account");
  await db.$transaction(async (tx) => {
    const changed = await tx.staffUser.updateMany({ where: { id: userId, active: !active }, data: { active } });
    if (changed.count === 0) return;
    // Sessions would already be refused while inactive; ending them keeps a later reactivation from reviving them.
    if (!active) await tx.staffSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, active ? "staff_user.reactivate" : "staff_user.deactivate", "staff_user", userId);
  });
}

/** A new one-time password: the old one stops working and every session of the user ends. */
export async function resetStaffPassword(actor: StaffActor, userId: string, passwordHash: string): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await tx.staffSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, "staff_user.reset_password", "staff_user", userId);
  });
}

/** Ends every session of a user (a lost phone, a shared computer) without changing the password. */
export async function signOutEverywhere(actor: StaffActor, userId: string): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.staffSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, "staff_user.sign_out_everywhere", "staff_user", userId);
  });
}

/** The signed-in user's own password hash, to check their current password before a change. */
export async function ownPasswordHash(actor: StaffActor): Promise<string> {
  assertActor(actor);
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  return user.passwordHash;
}

/** Sets the user's own password, clears the one-time flag and ends every session, this one included. */
export async function changeOwnPassword(actor: StaffActor, passwordHash: string): Promise<void> {
  assertActor(actor);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: actor.userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await tx.staffSession.updateMany({ where: { userId: actor.userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, "staff_user.change_password", "staff_user", actor.userId);
  });
}
