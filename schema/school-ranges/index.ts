// The school-ranges module: a school's allowed competencies and its IT development plan.
export {};
