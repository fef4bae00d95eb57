// 科技计划、竞赛与培训: the pure rules of program management, competitions and training — conflicts of interest and the
// seeded, repeatable draw of reviewers and judges, score sheets with their aggregation and ranking, and enrolment with
// a waiting list and the certificate rule of a course.
export * from './attendance.ts';
export * from './conflicts.ts';
export * from './draw.ts';
export * from './fraction.ts';
export * from './ranking.ts';
export * from './scoring.ts';
export * from './waitlist.ts';
