import { type NewsArticleInput, newsArticleInputSchema } from '@cz/shared';
import type { Actor } from '../kernel/actor.ts';
import type { Tx } from '../kernel/db/connection.ts';
import { articleValues, attachArticleFiles } from '../modules/news/news.service.ts';
import { newsArticles } from '../modules/news/news.table.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const p = (...paragraphs: string[]) => paragraphs.map((x) => `<p>${x}</p>`).join('');

type DemoArticle = NewsArticleInput & {
  /** Days from now: negative in the past. */
  publishedIn: number;
  state?: 'scheduled' | 'withdrawn';
  withdrawReason?: string;
  /** An instrument illustration as the cover (demo photos by category). */
  coverOf?: string;
  views?: number;
};

const event = (days: number, hours: number, place: string, signup: 'platform' | 'link' | 'none', now: Date) => {
  const start = new Date(Math.floor((now.getTime() + days * DAY) / HOUR) * HOUR);
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + hours * HOUR).toISOString(),
    place,
    signup,
    signupUrl: signup === 'link' ? 'https://example.com/signup/demo' : null,
  };
};

/** Fictional (示例) articles in every category: one scheduled ahead, one withdrawn, events ahead and past. */
function demoArticles(now: Date): DemoArticle[] {
  return [
    {
      category: 'notice',
      title: '示例｜关于开展2026年度高新技术企业认定申报工作的通知',
      summary: '符合条件的企业可于申报期内通过平台完成自评和材料准备，高新区科技创新部提供一对一辅导。',
      department: '科技创新部',
      tags: ['高企', '申报'],
      pinned: true,
      publishedIn: -2,
      views: 326,
      body:
        p('各有关企业：') +
        p('为做好本年度高新技术企业认定工作，现将有关事项通知如下（本文为平台演示用示例内容）。') +
        '<h2>一、申报条件</h2>' +
        '<ul><li><p>在高新区注册成立一年以上的居民企业；</p></li><li><p>拥有对主要产品（服务）发挥核心支持作用的知识产权；</p></li><li><p>科技人员占企业当年职工总数的比例不低于10%。</p></li></ul>' +
        '<h2>二、申报方式</h2>' +
        p('企业可先在平台“企业评价”中完成高企自评，查看差距项后再准备申报材料。') +
        '<h2>三、联系方式</h2>' +
        p('示例科技创新部，电话 0355-5550000。'),
    },
    {
      category: 'notice',
      title: '示例｜关于组织申报本年度科技创新券的通知',
      summary: '创新券用于购买检验检测、研发设计等科技服务，企业在平台在线申领、使用和核销。',
      department: '财政金融部',
      tags: ['创新券', '申报'],
      publishedIn: -6,
      views: 214,
      body:
        p('为降低中小企业创新成本，高新区继续实施科技创新券政策（示例内容）。') +
        p('符合条件的科技型中小企业可在“科技创新券”栏目查看计划、在线申领，领券后在科技服务超市下单使用。') +
        p('创新券按服务费用的一定比例抵扣，其余部分由企业自付；服务完成后由服务机构在平台提交兑付申请。'),
    },
    {
      category: 'notice',
      title: '示例｜大型科研仪器开放共享后补助拟支持名单公示',
      department: '科技创新部',
      tags: ['仪器共享', '公示'],
      coverOf: 'microscopy',
      publishedIn: -11,
      views: 97,
      body:
        p('根据大型科研仪器开放共享后补助有关规定，经审核，现将拟支持名单予以公示（示例内容）。') +
        p('公示期为五个工作日。如有异议，请在公示期内以书面形式向示例科技创新部反映。'),
    },
    {
      category: 'notice',
      title: '示例｜关于开展科技型中小企业评价工作的通知',
      summary: '定时发布的示例通知：发布前仅管理人员可见。',
      department: '科技创新部',
      tags: ['科技型中小企业', '评价'],
      publishedIn: 3,
      state: 'scheduled',
      body:
        p('本通知为定时发布的示例，到点后自动对公众可见。') + p('企业可在平台“科技型中小企业测算”中预先测算评价得分。'),
    },
    {
      category: 'interpretation',
      title: '示例｜一图读懂研发费用加计扣除政策',
      summary: '自2023年起，符合条件的企业研发费用按100%在税前加计扣除，形成无形资产的按200%摊销。',
      department: '财政金融部',
      tags: ['加计扣除', '税收'],
      coverOf: 'metrology',
      publishedIn: -4,
      views: 188,
      body:
        '<h2>政策要点</h2>' +
        p(
          '企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，再按实际发生额的100%在税前加计扣除。',
        ) +
        '<h2>哪些企业不适用</h2>' +
        p('烟草制造业、住宿和餐饮业、批发和零售业、房地产业、租赁和商务服务业、娱乐业等行业企业不适用。') +
        '<blockquote><p>提示：平台提供加计扣除测算工具，结果仅供参考（示例内容）。</p></blockquote>',
    },
    {
      category: 'interpretation',
      title: '示例｜科技型中小企业评价办法要点解读',
      department: '科技创新部',
      tags: ['科技型中小企业', '评价'],
      publishedIn: -9,
      views: 143,
      body:
        p('科技型中小企业评价按科技人员、研发投入、科技成果三类指标综合打分，满分100分（示例解读）。') +
        '<ol><li><p>科技人员指标：科技人员占职工总数的比例，满分20分；</p></li><li><p>研发投入指标：研发费用占销售收入或成本费用总额的比例，满分50分；</p></li><li><p>科技成果指标：拥有的Ⅰ类、Ⅱ类知识产权数量，满分30分。</p></li></ol>' +
        p('企业得分不低于60分且科技人员指标得分不为0分的，可以评价为科技型中小企业。'),
    },
    {
      category: 'interpretation',
      title: '示例｜创新券“通用通兑”政策问答',
      department: '财政金融部',
      tags: ['创新券', '通用通兑'],
      publishedIn: -15,
      views: 76,
      body:
        '<h3>问：什么是“通用通兑”？</h3>' +
        p(
          '答：“通用”指企业在合作地区购买服务后由发券地区报销；“通兑”指合作地区的服务机构直接受理本区创新券（示例问答）。',
        ) +
        '<h3>问：在哪里查看合作地区？</h3>' +
        p('答：可在平台创新券栏目查看合作地区及其服务机构。'),
    },
    {
      category: 'news',
      title: '示例｜高新区举办科技成果转化对接会',
      summary: '二十余家示例企业与高校院所围绕新材料、光伏光电等方向开展对接，现场达成合作意向十余项。',
      department: '经济发展部',
      tags: ['成果转化', '对接会'],
      coverOf: 'materials',
      publishedIn: -1,
      views: 58,
      body:
        p(
          '近日，高新区举办科技成果转化对接会，示例新材料研究院、示例理工学院等单位发布了一批可转化的科技成果（示例资讯）。',
        ) +
        p('对接会上，示例企业代表介绍了技术需求，专家现场点评，多家企业与高校院所达成合作意向。') +
        p('下一步，高新区将通过平台持续发布技术需求和成果信息，推动供需精准对接。'),
    },
    {
      category: 'news',
      title: '示例｜大型仪器共享平台服务企业超百家',
      department: '科技创新部',
      tags: ['仪器共享'],
      coverOf: 'spectroscopy',
      publishedIn: -7,
      views: 131,
      body:
        p(
          '平台上线以来，示例检验检测中心等机构的大型科研仪器向社会开放共享，企业可在线查看空闲时段并预约机时（示例资讯）。',
        ) + p('扫描电镜、X射线衍射仪等仪器预约量居前，服务覆盖电子信息、新材料、装备制造等产业。'),
    },
    {
      category: 'news',
      title: '示例｜高新区新增一批专精特新中小企业',
      department: '经济发展部',
      tags: ['专精特新'],
      coverOf: 'electrical',
      publishedIn: -13,
      views: 89,
      body:
        p('日前公布的专精特新中小企业名单中，高新区示例企业入选数量较上年明显增加（示例资讯）。') +
        p('高新区将对入选企业开展跟踪服务，支持其向“小巨人”企业发展。'),
    },
    {
      category: 'news',
      title: '示例｜科技金融对接会延期举办',
      department: '财政金融部',
      tags: ['科技金融'],
      publishedIn: -5,
      state: 'withdrawn',
      withdrawReason: '示例：活动时间调整，另行发布通知',
      body: p('原定于本周举办的科技金融对接会延期举办，具体时间另行通知（示例资讯，已撤回）。'),
    },
    {
      category: 'event',
      title: '示例｜创客交流会：硬科技创业的第一步',
      summary: '每月一期的创客交流会，本期邀请示例孵化器导师分享早期项目的验证方法。',
      department: '科技创新部',
      tags: ['创客交流会', '创业'],
      publishedIn: -3,
      views: 64,
      event: event(7, 2, '示例众创空间路演厅', 'platform', now),
      body:
        p('本期创客交流会围绕“硬科技项目如何走出实验室”展开，欢迎创业团队和在校学生参加（示例活动）。') +
        '<ul><li><p>主题分享：从样机到小批量生产；</p></li><li><p>项目路演：三个示例团队现场路演；</p></li><li><p>自由交流。</p></li></ul>' +
        p('报名功能将在平台上线后开放。'),
    },
    {
      category: 'event',
      title: '示例｜银企对接会：科技信用贷产品专场',
      department: '财政金融部',
      tags: ['科技金融', '对接会'],
      publishedIn: -2,
      views: 41,
      event: event(14, 3, '示例高新区创新大厦三层会议室', 'link', now),
      body:
        p('示例科技银行将介绍科技信用贷、知识产权质押贷等产品，并现场受理企业融资需求（示例活动）。') +
        p('请有融资需求的企业通过报名链接提前登记。'),
    },
    {
      category: 'event',
      title: '示例｜高企申报政策宣讲会',
      department: '科技创新部',
      tags: ['高企', '宣讲'],
      publishedIn: -25,
      views: 203,
      event: event(-20, 2, '示例高新区管委会报告厅', 'none', now),
      body: p('宣讲会已举办，课件可在通知公告栏目下载（示例活动）。'),
    },
  ];
}

/** The demo's articles, written as the administration writes them: sanitised, with their covers public. */
export async function seedNewsDemo(
  tx: Tx,
  ctx: { now: Date; adminUserId: number | null; photos: Map<string, string> },
): Promise<{ articles: number }> {
  const actor: Actor = {
    userId: ctx.adminUserId ?? -1,
    role: 'superadmin',
    orgId: null,
    ip: null,
    requestId: 'demo-seed',
  };
  const list = demoArticles(ctx.now);
  for (const a of list) {
    const { publishedIn, state, withdrawReason, coverOf, views, ...input } = a;
    const parsed = newsArticleInputSchema.parse({ ...input, cover: (coverOf && ctx.photos.get(coverOf)) || null });
    const publishAt = new Date(ctx.now.getTime() + publishedIn * DAY);
    const status = state ?? 'published';
    const values: typeof newsArticles.$inferInsert = {
      ...articleValues(parsed),
      status,
      publishAt,
      withdrawnAt: status === 'withdrawn' ? ctx.now : null,
      withdrawReason: status === 'withdrawn' ? (withdrawReason ?? '示例') : null,
      viewCount: views ?? 0,
      createdBy: ctx.adminUserId,
      updatedBy: ctx.adminUserId,
      createdAt: new Date(Math.min(publishAt.getTime(), ctx.now.getTime()) - HOUR),
      updatedAt: ctx.now,
    };
    const [row] = await tx.insert(newsArticles).values(values).returning();
    if (row) await attachArticleFiles(tx, actor, row, []);
  }
  return { articles: list.length };
}
