import { createError } from '../../kernel/errors.ts';

export const newsErrors = {
  notFound: createError('news.not_found', 404, 'no such article'),
  wrongState: createError('news.wrong_state', 409, 'the article is not in a state that allows this step'),
  publishAtPast: createError('news.publish_at_past', 422, 'a scheduled time must lie in the future'),
};
