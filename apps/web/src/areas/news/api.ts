import type {
  NewsAdminArticle,
  NewsAdminListParams,
  NewsAdminPage,
  NewsArticle,
  NewsArticleInput,
  NewsCardPage,
  NewsListParams,
} from '@cz/shared/news';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

export const newsKeys = {
  all: ['news'] as const,
  list: (p: NewsListParams) => ['news', 'public', p] as const,
  one: (id: number) => ['news', 'public', 'one', id] as const,
  adminList: (p: NewsAdminListParams) => ['news', 'admin', p] as const,
  adminOne: (id: number) => ['news', 'admin', 'one', id] as const,
};

/** The public list (the home page's sections use it too). */
export function useNewsList(params: NewsListParams) {
  return useQuery({
    queryKey: newsKeys.list(params),
    queryFn: ({ signal }) => api<NewsCardPage>('/news/articles', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNewsArticle(id: number | undefined) {
  return useQuery({
    queryKey: newsKeys.one(id ?? 0),
    queryFn: () => api<NewsArticle>(`/news/articles/${id}`),
    enabled: id !== undefined && id > 0,
    // One read is one view: a page kept open is not counted again when the window regains focus.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useAdminNewsList(params: NewsAdminListParams) {
  return useQuery({
    queryKey: newsKeys.adminList(params),
    queryFn: ({ signal }) => api<NewsAdminPage>('/news/admin/articles', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAdminNewsArticle(id: number | undefined) {
  return useQuery({
    queryKey: newsKeys.adminOne(id ?? 0),
    queryFn: () => api<NewsAdminArticle>(`/news/admin/articles/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

function useNewsMutation<V>(fn: (v: V) => Promise<NewsAdminArticle>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      qc.setQueryData(newsKeys.adminOne(saved.id), saved);
      return qc.invalidateQueries({ queryKey: newsKeys.all });
    },
  });
}

export const useCreateArticle = () =>
  useNewsMutation((body: NewsArticleInput) => api<NewsAdminArticle>('/news/admin/articles', { method: 'POST', body }));

export const useUpdateArticle = () =>
  useNewsMutation(({ id, body }: { id: number; body: NewsArticleInput }) =>
    api<NewsAdminArticle>(`/news/admin/articles/${id}`, { method: 'PUT', body }),
  );

export type ArticleStep =
  | { step: 'publish' | 'unschedule' | 'republish' }
  | { step: 'schedule'; publishAt: string }
  | { step: 'withdraw'; reason: string };

export const useArticleStep = () =>
  useNewsMutation(({ id, ...s }: { id: number } & ArticleStep) =>
    api<NewsAdminArticle>(`/news/admin/articles/${id}/${s.step}`, {
      method: 'POST',
      body:
        s.step === 'schedule' ? { publishAt: s.publishAt } : s.step === 'withdraw' ? { reason: s.reason } : undefined,
    }),
  );
