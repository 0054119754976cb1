/**
 * Demo workshop content on the Tianchang 2022 programme (RUNNING; its workshops were opened by the database when it
 * started): the expert hosts the A1 workshop with a discussion and a live Q&A, and the class tutor publishes an
 * announcement and a briefing. Once the demo teacher is enrolled in the class (through the flow), a re-run adds the
 * tutor's class discussion with the teacher's post. Idempotent: keyed by titles.
 */
import type { Transaction } from '../../api/db/client.js';
import { parseProgrammeRules } from '../../schema/programmes/rules.js';
import { countNewPost } from '../../schema/workshops/participation.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedWorkshops(tx: Transaction): Promise<void> {
  const programme = await tx.programme.findUnique({
    where: { code: 'tianchang-2022' },
    select: { id: true, rules: true, status: true },
  });
  const klass = await tx.organisation.findUnique({
    where: { code: 'demo-school-1-class-1' },
    select: { id: true, path: true },
  });
  const [teacher, tutor, expert] = await Promise.all(
    ['teacher', 'class.tutor', 'expert'].map((login) => tx.user.findUnique({ where: { login }, select: { id: true } })),
  );
  if (programme?.status !== 'RUNNING') return;
  if (!klass || !teacher || !tutor || !expert) return;
  // The demo teacher is not enrolled here (README: they enrol through the flow); the class part waits for that.
  const enrolment = await tx.enrolment.findUnique({
    where: { programmeId_teacherId: { programmeId: programme.id, teacherId: teacher.id } },
    select: { id: true },
  });
  const [a1, classWorkshop] = await Promise.all([
    tx.workshop.findFirst({
      where: { programmeId: programme.id, competency: { code: 'A1' } },
      select: { id: true, orgPath: true },
    }),
    tx.workshop.findUnique({
      where: { programmeId_classId: { programmeId: programme.id, classId: klass.id } },
      select: { id: true, orgPath: true },
    }),
  ]);
  if (!a1) return;
  const window = { opensAt: day('2022-05-06'), closesAt: new Date('2022-07-10T23:59:59Z') };

  await tx.workshop.update({ where: { id: a1.id }, data: { hostId: expert.id }, select: { id: true } });
  const activity = async (
    workshop: { id: string; orgPath: string },
    hostId: string,
    data: {
      kind: 'DISCUSSION' | 'LIVE_QA';
      title: string;
      description: string;
      scheduledAt?: Date;
      streamUrl?: string;
    },
  ) =>
    (await tx.workshopActivity.findFirst({
      where: { workshopId: workshop.id, title: data.title },
      select: { id: true },
    })) ??
    (await tx.workshopActivity.create({
      data: { workshopId: workshop.id, hostId, orgPath: workshop.orgPath, ...window, ...data },
      select: { id: true },
    }));
  await activity(a1, expert.id, {
    kind: 'DISCUSSION',
    title: '主题研讨：技术支持的学情分析怎么做',
    description: '结合本校学情，分享一次利用技术开展学情分析的做法与困惑。',
  });
  await activity(a1, expert.id, {
    kind: 'LIVE_QA',
    title: '专家在线答疑：A1 学情分析',
    description: '刘专家在线解答学员在学情分析中的问题。',
    scheduledAt: new Date('2022-06-15T11:00:00Z'),
    streamUrl: 'https://live.example.cn/tianchang-2022/a1',
  });
  /** The tutor's class discussion where the teacher took part (once the teacher is enrolled in the class). */
  const classDiscussion = async (classWorkshop: { id: string; orgPath: string }, enrolmentId: string) => {
    const discussion = await activity(classWorkshop, tutor.id, {
      kind: 'DISCUSSION',
      title: '班级研讨：我的第一个微能力点作品',
      description: '说说你选择的微能力点以及准备如何在课堂中应用。',
    });

    const existing = await tx.workshopPost.findFirst({
      where: { activityId: discussion.id, authorId: teacher.id },
      select: { id: true },
    });
    if (!existing) {
      const thread = await tx.workshopPost.create({
        data: {
          workshopId: classWorkshop.id,
          activityId: discussion.id,
          authorId: teacher.id,
          body: '我选择了 A1 技术支持的学情分析，准备在单元起始课用问卷星做一次前测，再根据结果调整教学重点。',
          orgPath: klass.path,
          createdAt: new Date('2022-05-12T02:30:00Z'),
        },
        select: { id: true },
      });
      await tx.workshopPost.create({
        data: {
          workshopId: classWorkshop.id,
          activityId: discussion.id,
          parentId: thread.id,
          authorId: tutor.id,
          body: '思路很清楚！前测题目可以控制在 5 道以内，便于学生在课前完成。',
          orgPath: classWorkshop.orgPath,
          createdAt: new Date('2022-05-12T08:00:00Z'),
        },
        select: { id: true },
      });
      const minPostLength = parseProgrammeRules(programme.rules).workshop.minPostLength;
      await countNewPost(tx, discussion.id, enrolmentId, teacher.id, minPostLength);
    }
  };

  if (enrolment && classWorkshop) await classDiscussion(classWorkshop, enrolment.id);

  const notices = [
    {
      kind: 'ANNOUNCEMENT' as const,
      title: '关于完成第一阶段学习任务的通知',
      body: '<p>请各位学员于 <b>6 月 10 日</b>前完成所选微能力点的课程学习，并在班级工作坊参与至少一次研讨。</p>',
      publishedAt: new Date('2022-05-20T01:00:00Z'),
    },
    {
      kind: 'BRIEFING' as const,
      title: '提升工程2.0 班 第一期简报',
      body: '<h2>本期概况</h2><ul><li>参训学员完成选学</li><li>班级研讨已开展 1 次</li></ul>',
      publishedAt: new Date('2022-05-31T09:00:00Z'),
    },
  ];
  for (const notice of notices) {
    const found = await tx.classNotice.findFirst({
      where: { classId: klass.id, title: notice.title },
      select: { id: true },
    });
    if (found) continue;
    await tx.classNotice.create({
      data: { programmeId: programme.id, classId: klass.id, authorId: tutor.id, orgPath: klass.path, ...notice },
      select: { id: true },
    });
  }
}
