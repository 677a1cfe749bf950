// Demo data for a fresh installation. Everything here is fictional; phone
// numbers are from Ofcom's range reserved for drama (0117 496 0xxx).

import { clinicFromEnv } from "../lib/clinic/contact";

export const DEMO_PASSWORD = "stride-demo-password";

// The clinic row starts from the same details the site shows (CLINIC_* variables).
export const clinic = clinicFromEnv();

export const appointmentTypes = [
  {
    slug: "initial-assessment",
    name: "Initial assessment",
    description:
      "A full first appointment: we listen to your story, examine the problem, explain what we find and agree a plan with you.",
    minutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    priceMinor: 6500,
  },
  {
    slug: "follow-up",
    name: "Follow-up",
    description: "Treatment, a check on your progress and an update to your exercise plan.",
    minutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 5,
    priceMinor: 4500,
  },
  {
    slug: "sports-massage",
    name: "Sports massage",
    description: "Hands-on work for tight, tired or recovering muscles, before or after training.",
    minutes: 45,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    priceMinor: 5000,
  },
  {
    slug: "running-gait-analysis",
    name: "Running gait analysis",
    description:
      "We film you running on a treadmill, look at how you move and give you clear changes and drills to try.",
    minutes: 60,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 10,
    priceMinor: 8500,
  },
];

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

export const staff = [
  { email: "admin@stride-clinic.example", name: "Alex Morgan", role: "admin" as const },
  { email: "maya@stride-clinic.example", name: "Maya Okafor", role: "therapist" as const },
  { email: "tom@stride-clinic.example", name: "Tom Reilly", role: "therapist" as const },
  { email: "priya@stride-clinic.example", name: "Priya Shah", role: "therapist" as const },
];

/** ISO weekday (1 = Monday) → local working hours, in minutes after midnight. */
export const therapists = [
  {
    slug: "maya-okafor",
    email: "maya@stride-clinic.example",
    displayName: "Maya Okafor",
    bio: "Chartered physiotherapist with ten years in sports injury clinics and a background in track athletics.",
    specialities: ["Knee pain", "Running injuries", "Return to sport"],
    hours: [
      { weekday: 1, start: h(8), end: h(16) },
      { weekday: 2, start: h(12), end: h(20) },
      { weekday: 3, start: h(8), end: h(16) },
      { weekday: 5, start: h(8), end: h(16) },
    ],
  },
  {
    slug: "tom-reilly",
    email: "tom@stride-clinic.example",
    displayName: "Tom Reilly",
    bio: "Physiotherapist and former semi-professional footballer who works with field-sport players of every level.",
    specialities: ["Hip and groin pain", "Football and hockey", "Sports massage"],
    hours: [
      { weekday: 1, start: h(13), end: h(21) },
      { weekday: 2, start: h(13), end: h(21) },
      { weekday: 3, start: h(13), end: h(21) },
      { weekday: 4, start: h(13), end: h(21) },
    ],
  },
  {
    slug: "priya-shah",
    email: "priya@stride-clinic.example",
    displayName: "Priya Shah",
    bio: "Physiotherapist and running coach who specialises in foot and heel pain and in gait analysis.",
    specialities: ["Foot and heel pain", "Gait analysis", "Plantar fasciitis"],
    hours: [
      { weekday: 2, start: h(9), end: h(17) },
      { weekday: 4, start: h(9), end: h(17) },
      { weekday: 5, start: h(9), end: h(17) },
      { weekday: 6, start: h(8, 30), end: h(12, 30) },
    ],
  },
];

export const patients = [
  { name: "Sam Carter", email: "sam.carter@example.com", phone: "07700 900123", dateOfBirth: "1988-04-14" },
  { name: "Jo Bennett", email: "jo.bennett@example.com", phone: "07700 900456", dateOfBirth: "1975-11-02" },
  { name: "Ravi Patel", email: "ravi.patel@example.com", phone: "07700 900789", dateOfBirth: "2001-07-21" },
  { name: "Ellie Hughes", email: "ellie.hughes@example.com", phone: "07700 900321", dateOfBirth: null },
  { name: "Dan Price", email: "dan.price@example.com", phone: "07700 900654", dateOfBirth: null },
  { name: "Nia Roberts", email: "nia.roberts@example.com", phone: "07700 900987", dateOfBirth: null },
  { name: "Owen Lewis", email: "owen.lewis@example.com", phone: "07700 900135", dateOfBirth: null },
];

/** Relative to the seed day: which therapist, how many days away, which working hour. */
export const bookings = [
  {
    key: "seed-1",
    therapist: "maya-okafor",
    type: "initial-assessment",
    patient: 0,
    daysFromToday: -9,
    hourIndex: 1,
    status: "completed" as const,
  },
  {
    key: "seed-2",
    therapist: "tom-reilly",
    type: "sports-massage",
    patient: 1,
    daysFromToday: -5,
    hourIndex: 2,
    status: "completed" as const,
  },
  {
    key: "seed-3",
    therapist: "priya-shah",
    type: "follow-up",
    patient: 2,
    daysFromToday: -3,
    hourIndex: 0,
    status: "no_show" as const,
  },
  {
    key: "seed-4",
    therapist: "maya-okafor",
    type: "follow-up",
    patient: 0,
    daysFromToday: 2,
    hourIndex: 2,
    status: "booked" as const,
  },
  {
    key: "seed-5",
    therapist: "priya-shah",
    type: "running-gait-analysis",
    patient: 3,
    daysFromToday: 3,
    hourIndex: 1,
    status: "booked" as const,
  },
  {
    key: "seed-6",
    therapist: "tom-reilly",
    type: "initial-assessment",
    patient: 2,
    daysFromToday: 4,
    hourIndex: 5,
    status: "booked" as const,
  },
  {
    key: "seed-7",
    therapist: "maya-okafor",
    type: "initial-assessment",
    patient: 4,
    daysFromToday: 5,
    hourIndex: 3,
    status: "booked" as const,
  },
  {
    key: "seed-8",
    therapist: "tom-reilly",
    type: "initial-assessment",
    patient: 5,
    daysFromToday: 6,
    hourIndex: 1,
    status: "booked" as const,
  },
  {
    key: "seed-9",
    therapist: "priya-shah",
    type: "follow-up",
    patient: 6,
    daysFromToday: 7,
    hourIndex: 2,
    status: "booked" as const,
  },
];

/**
 * Questionnaires for the demo bookings, from the triage test stories, so the
 * staff queue has a case at every level: `draftSections` keeps only the first
 * sections' answers, as a patient who stopped part-way.
 */
export const intakes = [
  { booking: "seed-1", story: "04-runners-knee-near-miss" },
  { booking: "seed-4", story: "03-runners-knee" },
  { booking: "seed-5", story: "01-plantar-fasciitis" },
  { booking: "seed-6", story: "15-ottawa-positive-knee" },
  { booking: "seed-7", story: "13-cauda-equina-signs" },
  { booking: "seed-8", story: "29-acl-tear" },
  { booking: "seed-9", story: "05-mcl-sprain", draftSections: ["A", "B", "C"] },
];
