import { describe, expect, it } from 'vitest';
import {
  isQuantityRange,
  findQuantities,
  isIsoDate,
  krNumbersFromTitle,
  readWrittenDate,
  parseQuantity,
  parseUnitInterval,
  readKrTitle,
  resolveRelativeTarget,
  titleDirection,
} from '../server/src/core/parse/quantity';
import { parsePlan } from '../server/src/core/parse/parser';
import { WorkspaceGraph } from '../server/src/core/graph';

/** `raw|value|unit` of every quantity found, for compact expectations. */
const found = (text: string): string[] => findQuantities(text).map(({ quantity: q }) => `${q.raw}|${q.value}|${q.unit ?? ''}`);

describe('findQuantities', () => {
  it.each([
    ['Reduce time-to-first-value from 10 days to 5 days', ['10 days|10|days', '5 days|5|days']],
    ['Raise NPS from 45 to 60', ['45|45|', '60|60|']],
    ['Raise accepted-suggestion rate to 35%', ['35%|35|%']],
    ['Grow ARR to $2M', ['$2M|2000000|$']],
    ['Reach 1.2k weekly users', ['1.2k weekly|1200|weekly']],
    ['Lift the score to 0.35', ['0.35|0.35|']],
    ['Grow revenue from $1.2M to €1,500,000', ['$1.2M|1200000|$', '€1,500,000|1500000|€']],
    ['Hit 99.9% uptime', ['99.9%|99.9|%']],
    ['Keep Apdex above 0.95', ['0.95|0.95|']],
    ['Maintain Uptime 99.9', ['99.9|99.9|']],
    ['Raise the Rating 4.5 or above', ['4.5|4.5|']],
    ['Reach Level 2.0', ['2.0|2|']],
    ['Improve the App Store Rating 4.2 to 4.6', ['4.2|4.2|', '4.6|4.6|']],
    ['Reach CSAT 4.5 on every survey', ['4.5|4.5|']],
    ['Rating 4.5 or above', ['4.5|4.5|']],
    ['Keep the Lighthouse score at 1.5 seconds', ['1.5 seconds|1.5|seconds']],
    ['Cut latency from 800ms to 400ms', ['800ms|800|ms', '400ms|400|ms']],
    ['Raise conversion 2x', ['2x|2|x']],
    ['Raise NPS by 10 points', ['10 points|10|points']],
    ['Customer satisfaction of 4.5/5 on upgrade surveys', ['4.5/5|4.5|/5']],
    ['Rated 9 / 10 by new owners', ['9 / 10|9|/10']],
    ['Customer satisfaction of 4.5/5.', ['4.5/5|4.5|/5']],
    ['Achieve a 4.0/5.0 average satisfaction score', ['4.0/5.0|4|/5']],
    ['GitHub Stars: 2000+', ['2000+|2000|']],
    ['Setup some singles matches rather than just playing doubles', []],
    ['Support 24/7 from 3/4/2026', []],
    ['Secure letters of intent from 3-5 tier-1 customers', ['3-5 tier|3|tier']],
    ['Recruit one new co-host, greeter or host each quarter', ['one new|1|new']],
    ['Get one external code contributor', ['one external|1|external']],
    ['Sign one design partner', ['one design|1|design']],
    ['Get one of the founders on a podcast', []],
    ['Raise activation by 5 pp', ['5 pp|5|pp']],
    ['Raise NPS from -5 to 20', ['-5|-5|', '20|20|']],
    ['Grow to €3 million', ['€3 million|3000000|€']],
    ['Hit the sales target of $100 Million in Sales', ['$100 Million|100000000|$']],
    ['Average order value ≥ ₹750', ['₹750|750|₹']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports where each quantity is', () => {
    const text = 'Reduce time-to-first-value from 10 days to 5 days';
    const [first, second] = findQuantities(text);
    expect(text.slice(first!.index, first!.index + first!.length)).toBe('10 days');
    expect(text.slice(second!.index, second!.index + second!.length)).toBe('5 days');
  });

  it('reads a number after a word ending a hyphenated compound (`best-in-class 15 minutes`)', () => {
    expect(found('Cut MTTR to a best-in-class 15 minutes')).toEqual(['15 minutes|15|minutes']);
    expect(found('Onboard a world-class 12 engineers')).toEqual(['12 engineers|12|engineers']);
    expect(found('Invite a post-release 200 testers')).toEqual(['200 testers|200|testers']);
  });

  it('reads the unit past a short aside in brackets with no number, and leaves the aside out before any other word', () => {
    expect(found('Secure 20 (paid) internship spots')).toEqual(['20 (paid) internship|20|internship']);
    expect(found('Cut churn 5% (monthly) to 3%')).toEqual(['5%|5|%', '3%|3|%']);
    expect(found('Reach 50 (currently 30) members')).toEqual(['50|50|', '30|30|']);
  });

  it('reads one new, additional or extra thing as a count; one more is a comparison', () => {
    expect(found('Develop a relationship with at least one additional community')).toEqual(['one additional|1|additional']);
    expect(found('Hire one more team member')).toEqual([]);
  });

  it('reads hours, minutes and seconds as a duration, and no clock time as one', () => {
    expect(found('Run a 1:20:59 half marathon')).toEqual(['1:20:59|4859|s']);
    expect(found('Run a 2:59:59 marathon, down from 3:10:00')).toEqual(['2:59:59|10799|s', '3:10:00|11400|s']);
    expect(found('Deploy at 12:30:00')).toEqual([]);
    expect(found('Sync jobs start 02:00:00 UTC')).toEqual([]);
    expect(found('Pin the image to v1:20:59')).toEqual([]);
  });

  it('reads minutes and seconds after a time spent on something as a duration; a clock time stays none', () => {
    expect(found('Increase avg. Time on page from 3:00 to 4:00')).toEqual(['3:00|180|s', '4:00|240|s']);
    expect(found('Increase user time spent on site from 2:37 per session to 3:45 per session')).toEqual(['2:37|157|s', '3:45|225|s']);
    expect(found('Average session duration above 1:30')).toEqual(['1:30|90|s']);
    expect(found('Hold the daily stand-up at 9:30')).toEqual([]);
    expect(found('Publish the time sheet by 17:00 every Friday')).toEqual([]);
  });

  it('reads Arabic-Indic and Persian digits as Latin ones, quoted as written', () => {
    expect(found('ربات روی سرور واقعی، ۷ روز متوالی')).toEqual(['۷|7|']);
    expect(found('امتیاز ممیزی ۴.۶/۱۰')).toEqual(['۴.۶/۱۰|4.6|/10']);
    expect(found('استقرار: ۰٪')).toEqual(['۰٪|0|%']);
    expect(found('٣٠٪ من العملاء')).toEqual(['٣٠٪|30|%']);
    expect(parseQuantity('۱۲٬۵۰۰')?.value).toBe(12500);
  });

  it('reads minutes and seconds before a race as the time to run it; the race after its article is a name, no number', () => {
    expect(found('Run a 17:59 5K')).toEqual(['17:59|1079|s']);
    expect(found('Run a 36:59 10K')).toEqual(['36:59|2219|s']);
    expect(found('Run a 5k in less than 30 minutes')).toEqual(['30 minutes|30|minutes']);
    expect(found('Finish my first 10K under 55 minutes')).toEqual(['55 minutes|55|minutes']);
    // A distance counted, and a clock time before a word, stay as they were.
    expect(found('Run 5k every week')).toEqual(['5k|5000|']);
    expect(found('Meet at 17:59 sharp')).toEqual([]);
  });

  it('reads two numbers around a colon as a ratio where the writer calls it one; a clock time stays none', () => {
    expect(found('1:5 ratio of students to leaders')).toEqual(['1:5|0.2|']);
    expect(found('Keep a student-to-leader ratio of 5:1')).toEqual(['5:1|5|']);
    expect(found('Keep a 3:1 LTV to CAC ratio')).toEqual(['3:1|3|']);
    expect(found('Meet at 10:30 to review the ratio')).toEqual([]);
    expect(found('Hold a 1:10 ratio of mentors to mentees')).toEqual(['1:10|0.1|']);
    expect(found('Pin the image to v1:5 ratio')).toEqual([]);
  });

  it('keeps words that follow a number out of its unit ("45 to", "3% by")', () => {
    expect(found('from 45 to 60%')).toEqual(['45|45|', '60%|60|%']);
    expect(found('Cut churn from 4% to 3% by March')).toEqual(['4%|4|%', '3%|3|%']);
    expect(found('5 of our bookkeepers')).toEqual(['5|5|']);
  });

  it.each([
    'Ship by 2026-03-01',
    'Plan for 2026-Q1',
    'Launch in Q1',
    'Support KR1.2 and I1.2.1',
    'Move everyone to v2.0.1',
    'Meet at 10:30',
    'Ship by March 15, 2026',
    'Onboard bookkeepers in 2026',
    'Ship the 2026 pricing plan',
    'Ship in Jan. 2026',
    'Ship on 15 March',
    'Close issue #12',
    'Roll out 2FA to all admins',
    'Show the data in 3D',
    'Take 1st place',
    'Raise 7-day retention',
    'Serve owners 24/7',
    'Grow revenue 3-fold',
    'Move to zero trust',
    'Publish RFC 42 for the storage API',
    'Move key accounts to Tier 1',
    'Surface the data objective 3 already logs',
    'Ship version 1 of the SDK',
    'Ship v2 of the API',
    'Hire +1 SRE',
    'Hire +2 engineers for the data team',
    'Get a +1 from legal on the terms',
    'Close Q3 strong',
    'Publish the 2027 roadmap',
    '2027 planning done by March',
    'Submit the 2027 project proposal for the scheduling work',
    'Submit 2027 project proposals to the steering group',
    'Raise week 4 retention',
    'Finish Sprint 12 on time',
    'ODD PI 26.4 Stretch Objectives',
    'Plan the work of PI 12',
    'Admit the best batch 5 students',
    'Make sure batch 6 can be led by anyone',
    'Welcome cohort 3 into the program',
    'Support Node 20 and Python 3',
    'Fix the Mac OS 10.15 system font rendering regression',
    'Ship the fix to iOS 17 and Android 14 users',
    'Stackpacks 2.0 Delivery',
    'Deliver Stackpacks 2.0 framework enabling Rancher integrations by March 2026',
    'Implement security data ingestion pipeline via Stackpacks 2.0',
    'Move the site to Docusaurus 3.0 and Web 3.0',
    'Upgrade all services to Rails 7.1',
    'Migrate every job to Python 3.12',
    'Release version 1.0 of the guide',
    'Launch 2.0 version of product in order to fix bugs',
    'Ship release 2.3 to every site',
    'Press announcement for Engine releases 0.2 & power users',
    'Include Local PV into OpenEBS 0.9',
    'Freeze dependencies and publish a "1.0" implementation guide',
    'Publish the “2.0” guide',
    'Read [issue 5](https://example.com/issues/5) first',
    'Follow [RFC 42][rfc] everywhere',
    'Avoid double rendering for font-display optional. crbug.com/1040632',
    'Add tests for input suppression. https://crbug.com/1001189, https://crbug.com/1014110',
    'See github.com/org/repo/issues/88 for the plan',
    'Ship in 2026-2027',
    'Double down on enterprise',
    'Double-check every invoice',
    'Add a double opt-in',
    'Avoid double rendering and layout shift',
    'Prevent double counting of signups',
    'Two teams own onboarding',
    'Achieve SOC 2 Type 2 certification',
    'Get +1 on the RFC',
    "Raise search volume to a level above the last 12 months' peaks",
    'Retain new owners through their first 30 days',
    'Pilot a test project in the first four months for individual feedback',
  ])('finds no quantity in %j (dates, quarters, ids, versions, names, link text, windows of time)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads one of a span of time after a cue as a duration', () => {
    expect(found('Decrease response time from one hour to 15 minutes')).toEqual(['one hour|1|hour', '15 minutes|15|minutes']);
    // One of a span with a bound after it is a threshold wherever it stands: `One day or less of drinking a week`.
    expect(found('One day or less of drinking/week')).toEqual(['One day|1|day']);
    expect(found('One day we will ship it')).toEqual([]);
    // Opening the statement, one of those who have done something is a count: `One visitor has clicked a link`.
    expect(found('One hungovercoder visitor has clicked a distillery link')).toEqual(['One hungovercoder|1|hungovercoder']);
    expect(found('One of our goals has changed')).toEqual([]);
    expect(found('Keep one place for every request')).toEqual([]);
  });

  it('reads a number word with its scale wherever it stands', () => {
    expect(found('Having one million followers on all platforms')).toEqual(['one million followers|1000000|followers']);
  });

  it('reads number words after a comparison, and only there', () => {
    expect(found('Reduce response time to under two hours')).toEqual(['two hours|2|hours']);
    expect(found('Reach zero P1 incidents')).toEqual(['zero|0|']);
    // None of either kind: the kinds may be joined by `or` before the counted noun.
    expect(found('Achieve zero critical security or data-handling vulnerabilities during testing')).toEqual(['zero critical|0|critical']);
    expect(found('Move the office network to zero trust')).toEqual([]);
    expect(found('Cut handoffs from five to three')).toEqual(['five|5|', 'three|3|']);
    expect(found('Two teams own onboarding')).toEqual([]);
    expect(found('One place for every number')).toEqual([]);
  });

  it('reads number words where a person reads them as counts', () => {
    // Opening the statement, a number word over a rate is its target, no subject.
    expect(found('Two dates with Courtney per month')).toEqual(['Two dates|2|dates']);
    expect(found('Three workouts a week')).toEqual(['Three workouts|3|workouts']);
    expect(found('Cut handoffs to one per week')).toEqual(['one|1|']);
    // A rate: one of something for each of something else.
    expect(found('Record one project shipped per club member')).toEqual(['one project|1|project']);
    expect(found('One post per week on the blog')).toEqual(['One post|1|post']);
    expect(found('Sign two design partners')).toEqual(['two design|2|design']);
    expect(found('Get to zero')).toEqual(['zero|0|']);
    expect(found('Zero broken links in the docs')).toEqual(['Zero broken|0|broken']);
    expect(found('Keep one place for every number')).toEqual([]);
    expect(found('Move to one of the top clouds')).toEqual([]);
    expect(found('The two teams agree')).toEqual([]);
    // A span of time opening the statement is an amount: "Ten hours in analysis"; one opening a clause of time is no target.
    expect(found('Ten hours in analysis and development')).toEqual(['Ten hours|10|hours']);
    expect(readKrTitle('Two weeks after launch, 80% of users active').target?.raw).toBe('80%');
  });

  it('reads a share opening a key result as its level, and a time after it as what counts (`95% of customers pay within 30 days`)', () => {
    expect(readKrTitle('95% of customers pay their invoices within 30 days')).toEqual({ target: { value: 95, unit: '%', raw: '95%' }, form: 'bare' });
    // Weeks or months allowed after a level are its deadline; a lone span stays the bar.
    expect(readKrTitle('Achieve 85% message acceptance rate by therapists within 4 months').target?.raw).toBe('85%');
    expect(readKrTitle('Resolve P1 incidents within 4 hours').target?.raw).toBe('4 hours');
    // Days, weeks or months after "for" with more said after them are how long the work goes on; closing it, they count it.
    expect(readKrTitle('Track nutrition for 1 week to establish baseline').target).toBeUndefined();
    expect(readKrTitle('Practice Mandarin for 182 days').target?.raw).toBe('182 days');
    expect(readKrTitle('Keep uptime above 99% for 3 months in a row').target?.raw).toBe('99%');
    expect(readKrTitle('**80%** of data requests take fewer than 15 minutes to satisfy').target?.raw).toBe('80%');
    // A bar of time on a share the verb names first stays the bar.
    expect(readKrTitle('Resolve 95% of tickets within 2 hours').target?.raw).toBe('2 hours');
  });

  it('reads number words in French, Spanish, Portuguese, Italian, German and Chinese as English ones are read', () => {
    expect(found('Support up to four new major AppSec Days').map((q) => q.split('|')[1])).toEqual(['4']);
    // A fraction after a bound is a ratio: "CAC / LTV < 1/3".
    expect(found('CAC / LTV < 1/3').map((q) => q.split('|').slice(0, 2).join('|'))).toEqual(['1/3|0.3333333333333333']);
    // The article counts one on each period: "a book a month"; "a lot a day" counts nothing.
    expect(found('Read and review a book a month.')).toEqual(['a book a month|1|book']);
    expect(found('Learn a lot a day')).toEqual([]);
    expect(found('One painting a week from February').map((q) => q.split('|')[1])).toEqual(['1']);
    // A lead or a lag is no cadence: "a month before GA", "a week after each incident" (review).
    expect(found('Launch a beta a month before GA')).toEqual([]);
    expect(found('Run a retro a week after each incident')).toEqual([]);
    expect(found('Organiser cinq ateliers avec les équipes')).toEqual(['cinq ateliers|5|ateliers']);
    expect(found('Contratar tres desarrolladores')).toEqual(['tres desarrolladores|3|desarrolladores']);
    expect(found('Publicar quatro artigos')).toEqual(['quatro artigos|4|artigos']);
    expect(found('Mindestens drei Workshops')).toEqual(['drei Workshops|3|workshops']);
    // Chinese numerals before a counter; `一个` is as often "a" as "one".
    expect(found('每周两次面膜')).toEqual(['两次|2|次']);
    expect(found('准备好简历上的两个DL项目')).toEqual(['两个|2|个']);
    expect(found('写十二篇文章')).toEqual(['十二篇|12|篇']);
    expect(found('一个kaggle比赛')).toEqual([]);
    expect(found('补充前端开发一人')).toEqual(['一人|1|人']);
    expect(found('最近一次任务状态')).toEqual([]);
    // A number inside an HTML tag is markup, no quantity: `<span style="font-size: 16px">`.
    expect(found('<span style="font-size: 16px">Reach 500 members</span>').map((f) => f.split('|')[0])).toEqual(['500 members']);
    expect(found('<td rowspan=2>KR1: 10 posts</td>').map((f) => f.split('|')[0])).toEqual(['10 posts']);
    // `20w` in Chinese text is 20 万 (200,000), written with the letter of its pinyin; in English it stays unread.
    expect(found('储蓄：20w +')).toEqual(['20w|200000|']);
    expect(found('Charge at 20w')).toEqual([]);
    // Korean native numerals before a counter; `한` counts people only, and `세 번째` is an ordinal.
    expect(found('thoughts에 글 세개 올리기')).toEqual(['세개|3|개']);
    expect(found('책 다섯 권 읽기')).toEqual(['다섯 권|5|권']);
    expect(found('두 번 발표하기')).toEqual(['두 번|2|번']);
    expect(found('한 번 해보기')).toEqual([]);
    expect(found('세 번째 프로젝트')).toEqual([]);
    expect(found('세계 최고의 팀')).toEqual([]);
    // "Every one" (`每一位`, `唯一`) is no count of one (review).
    expect(found('让每一位客户满意')).toEqual([]);
    expect(found('唯一一位负责人')).toEqual([]);
    // Ordinals and numerals of hundreds are no counts of the counter after them.
    expect(found('完成第二期项目开发')).toEqual([]);
    expect(found('获得第三名')).toEqual([]);
    expect(found('招募一百二十个志愿者').map((q) => q.split('|')[1])).not.toContain('20');
    // A month written short is no number word (`dez` 2024 is December).
    expect(found('Lançar o app até dez 2024')).toEqual([]);
    // The percent sign before the number, as Turkish writes it.
    expect(found("Test kapsamını %95'e çıkarmak")).toEqual(['%95|95|%']);
    // Words that are also English (`due`, `sept`, `cent`, `dos`) stay words.
    expect(found('Due dates met for all projects')).toEqual([]);
  });

  it('reads fractions, multiplier words and orders of magnitude', () => {
    expect(found('Half of new owners connect a bank')).toEqual(['Half|50|%']);
    expect(found('Two thirds of accounts renew')).toEqual(['Two thirds|66.7|%']);
    expect(found('Weekly signups doubles')).toEqual(['doubles|2|x']);
    expect(found('Triple the partner pipeline')).toEqual(['Triple|3|x']);
    expect(found('Halve time to close')).toEqual(['Halve|0.5|x']);
    expect(found('Cut churn by half')).toEqual(['by half|0.5|x']);
    // An order of magnitude is tenfold; the count before it is part of the phrase.
    expect(found('Improve lookup latency by at least one order of magnitude')).toEqual(['one order of magnitude|10|x']);
    expect(found('Cut latency by two orders of magnitude')).toEqual(['two orders of magnitude|100|x']);
    expect(found('Speed up pushes by an order of magnitude')).toEqual(['an order of magnitude|10|x']);
    expect(found('Grow throughput 3 orders of magnitude')).toEqual(['3 orders of magnitude|1000|x']);
    expect(found('Speed up complex text by a factor of 2.')).toEqual(['a factor of 2|2|x']);
    expect(found('Cut build time by a factor of three')).toEqual(['a factor of three|3|x']);
    expect(found('Sort the queue in order of magnitude')).toEqual([]);
  });

  it('reads ranges (as their first number), signed numbers and hyphenated units', () => {
    expect(found('Grow pipeline 4-5x')).toEqual(['4-5x|4|x']);
    expect(found('Answer between 2-3 days')).toEqual(['2-3 days|2|days']);
    expect(found('Lift conversion 10–15%')).toEqual(['10–15%|10|%']);
    expect(found('Reach +80 NPS')).toEqual(['+80 NPS|80|nps']);
    // Percentage points written with a hyphen after the sign, in English and Norwegian.
    expect(found('Raise margin by 3%-points')).toEqual(['3%-points|3|pp']);
    expect(found('Øke DG i entrepriseprosjekter med 3 %-poeng')).toEqual(['3 %-poeng|3|pp']);
    expect(found('Grow to +500 members')).toEqual(['+500 members|500|members']);
    expect(found('Hit a 300-yards drive')).toEqual(['300-yards|300|yards']);
    expect(found('Keep 30-minutes response')).toEqual(['30-minutes|30|minutes']);
    expect(found('Raise 7-day retention')).toEqual([]);
    // A rating written as an adjective of what is rated is its level: `an average 4-star review`, `a 4.5-star rating`.
    expect(found('Average 4-star review on app store')).toEqual(['4-star|4|star']);
    expect(found('Keep a 4.5-star rating')).toEqual(['4.5-star|4.5|star']);
    // A time written as an adjective of the time it measures is its level: `a 24-hour response time`, `a 48-hour turnaround`.
    expect(found('Maintain a max 24-hour response time in the support queue')).toEqual(['24-hour|24|hours']);
    expect(found('Offer a 48-hour turnaround on quotes')).toEqual(['48-hour|48|hours']);
    expect(found('Hold a 2-day average resolution time')).toEqual(['2-day|2|days']);
    expect(found('Keep 24-hour support staffed')).toEqual([]);
    expect(found('Run a 5-day onboarding course')).toEqual([]);
  });

  it('marks thresholds written after the number', () => {
    const thresholds = (text: string) => findQuantities(text).map((q) => `${q.quantity.raw}|${q.threshold ?? ''}`);
    expect(thresholds('Keep 50+ active bookkeepers')).toEqual(['50+ active|at-least']);
    expect(thresholds('Close 5 deals worth $50k+ each')).toEqual(['5 deals|', '$50k+|at-least']);
    expect(thresholds('Answer 10 or more tickets a day')).toEqual(['10|at-least']);
    expect(thresholds('Load the page in 2 s or less')).toEqual(['2 s|at-most']);
  });

  it('reads numbers around identifiers and links', () => {
    expect(found('Ship v2 of the API to 3 design partners')).toEqual(['3 design|3|design']);
    expect(found('Move 20 accounts to Tier 1')).toEqual(['20 accounts|20|accounts']);
    expect(found('Close Q3 with 5 renewals')).toEqual(['5 renewals|5|renewals']);
    expect(found('See [issue 5](https://x.io/5) for 3 owners')).toEqual(['3 owners|3|owners']);
    expect(found('Raise week 4 retention from 20% to 30%')).toEqual(['20%|20|%', '30%|30|%']);
  });

  it('reads numbers written against Chinese or Japanese text, which puts no space between words', () => {
    expect(found('月活跃用户提升到5000')).toEqual(['5000|5000|']);
    expect(found('解約率を5%に下げる')).toEqual(['5%|5|%']);
    // Glued to Latin letters a number is still part of a name.
    expect(found('Ship v2 of the API')).toEqual([]);
  });

  it('gives a year its due when it is a count, not a date', () => {
    expect(found('Grow from 1500 to 2000 owners')).toEqual(['1500|1500|', '2000 owners|2000|owners']);
    expect(found('Reach 2026 customers')).toEqual(['2026 customers|2026|customers']);
    expect(found('Grow by 2000 users')).toEqual(['2000 users|2000|users']);
  });
});

describe('krNumbersFromTitle', () => {
  const numbers = (title: string): unknown => JSON.parse(JSON.stringify(krNumbersFromTitle(title), (k, v: unknown) => (k === 'raw' ? undefined : v)));

  it.each([
    ['Reduce time-to-first-value from 10 days to 5 days', { baseline: { value: 10, unit: 'days' }, target: { value: 5, unit: 'days' } }],
    ['Raise NPS from 45 to 60', { baseline: { value: 45 }, target: { value: 60 } }],
    ['Raise accepted-suggestion rate from 18% to 35%', { baseline: { value: 18, unit: '%' }, target: { value: 35, unit: '%' } }],
    ['Raise accepted-suggestion rate to 35%', { target: { value: 35, unit: '%' } }],
    ['Raise weekly active owners by 20%', { target: { value: 20, unit: '%' }, relative: 'increase' }],
    ['Cut p95 latency by 200ms', { target: { value: 200, unit: 'ms' }, relative: 'decrease' }],
    ['Keep at least 50 active bookkeepers', { target: { value: 50, unit: 'active' }, threshold: 'at-least' }],
    ['Reduce response time to under 2 hours', { target: { value: 2, unit: 'hours' }, threshold: 'at-most' }],
    ['Have no more than 2 incidents', { target: { value: 2, unit: 'incidents' }, threshold: 'at-most' }],
    ['Keep bugs fewer than 5', { target: { value: 5 }, threshold: 'at-most' }],
    ['Keep uptime ≥ 99.9%', { target: { value: 99.9, unit: '%' }, threshold: 'at-least' }],
    ['Sign 3 design partners', { target: { value: 3, unit: 'design' } }],
    ['Grow ARR from $1.2M to $2M by Q4', { baseline: { value: 1200000, unit: '$' }, target: { value: 2000000, unit: '$' } }],
    ['Cut "undo" within 10 s of accepting from 22% to 10%', { baseline: { value: 22, unit: '%' }, target: { value: 10, unit: '%' } }],
    ['from 45 to 60%', { baseline: { value: 45, unit: '%' }, target: { value: 60, unit: '%' } }],
    ['Cut to 5 days from 10 days', { baseline: { value: 10, unit: 'days' }, target: { value: 5, unit: 'days' } }],
    ['Grow weekly owners from 12k by 20%', { baseline: { value: 12000 }, target: { value: 20, unit: '%' }, relative: 'increase' }],
    ['Reduce tickets per 1000 users from 12 to 8', { baseline: { value: 12 }, target: { value: 8 } }],
    ['Reduce tickets per 1000 users', {}],
    ['Double weekly active owners', { target: { value: 2, unit: 'x' }, relative: 'increase' }],
    ['Cut review time in half', { target: { value: 0.5, unit: 'x' }, relative: 'decrease' }],
    ['Grow referral revenue 3-fold', { target: { value: 3, unit: 'x' }, relative: 'increase' }],
    ['Reduce response time to under two hours', { target: { value: 2, unit: 'hours' }, threshold: 'at-most' }],
    ['Time-to-first-value: 10 days → 5 days', { baseline: { value: 10, unit: 'days' }, target: { value: 5, unit: 'days' } }],
    ['Activation 20 -> 30%', { baseline: { value: 20, unit: '%' }, target: { value: 30, unit: '%' } }],
    ['Keep NPS > 40', { target: { value: 40 }, threshold: 'at-least' }],
    ['Keep 50+ active bookkeepers', { target: { value: 50, unit: 'active' }, threshold: 'at-least' }],
    ['Answer 10 or more tickets a day', { target: { value: 10 }, threshold: 'at-least' }],
    ['p95 page load under 2 s', { target: { value: 2, unit: 's' }, threshold: 'at-most' }],
    ['Grow weekly active teams from 1.2k to 2k', { baseline: { value: 1200 }, target: { value: 2000 } }],
    ['Grow pipeline 4-5x', { target: { value: 4, unit: 'x' }, relative: 'increase' }],
    ['Weekly signups double from 300', { baseline: { value: 300 }, target: { value: 2, unit: 'x' }, relative: 'increase' }],
    ['Halve time to close', { target: { value: 0.5, unit: 'x' }, relative: 'decrease' }],
    ['Cut churn by half', { target: { value: 0.5, unit: 'x' }, relative: 'decrease' }],
    ['Double down on enterprise', {}],
    ['Publish RFC 42', {}],
    ['Hire +1 SRE', {}],
    ['Launch a new onboarding flow', {}],
    ['Launch the new flow by 2026-03-01', {}],
  ])('%s', (title, expected) => {
    expect(numbers(title)).toEqual(expected);
  });

  it('keeps the text each number was read from', () => {
    expect(krNumbersFromTitle('Grow ARR from $1.2M to $2M').target?.raw).toBe('$2M');
    expect(krNumbersFromTitle('Reduce time-to-first-value from 10 days to 5 days').baseline?.raw).toBe('10 days');
  });
});

describe('readKrTitle', () => {
  it.each([
    ['Reduce time-to-first-value from 10 days to 5 days', 'from-to'],
    ['Raise accepted-suggestion rate to 35%', 'to'],
    ['Raise weekly active owners by 20%', 'relative'],
    ['Double weekly active owners', 'relative'],
    ['Raise conversion 2x', 'relative'],
    ['Keep at least 50 active bookkeepers', 'threshold'],
    ['Reduce response time from 4 hours to under 2 hours', 'threshold'],
    ['Sign 3 design partners', 'bare'],
    ['Hit 99.9% uptime', 'bare'],
    ['Reduce churn from 4%', 'baseline-only'],
    ['20% reduction in support tickets', 'relative'],
    ['A 30% increase in weekly signups', 'relative'],
    ['15% improvement in activation', 'relative'],
    ['Average 10% weekly growth in active channels', 'relative'],
    ['10% quarterly growth in active channels', 'relative'],
    ['A 10% monthly increase in signups', 'relative'],
    ['Newsletter reaches 300 (+100% growth) subscribers', 'bare'],
    ['Owners feel confident', undefined],
  ])('%s reads as %s', (title, form) => {
    expect(readKrTitle(title).form).toBe(form);
  });

  it('reads the baseline written after the target as where the metric stands now', () => {
    for (const title of ['Raise test coverage to 80% from current 50%', 'Raise test coverage to 80% from the current 50%', "Raise test coverage to 80% from today's 50%"]) {
      const read = readKrTitle(title);
      expect([read.baseline?.raw, read.target?.raw, read.form]).toEqual(['50%', '80%', 'from-to']);
    }
    // The average it stands at now is where it starts: "from avg. 2 minutes", "from an average of 2 minutes".
    expect(readKrTitle('Improve total reply time by 50% from avg. 2 minutes using templates').baseline?.raw).toBe('2 minutes');
    expect(readKrTitle('Cut reply time from an average of 2 minutes to 1').baseline?.raw).toBe('2 minutes');
  });

  it('reads a result written after the statement with an arrow, not right after a number, as no part of the target', () => {
    const grow = readKrTitle('Revenue grows 2x year over year. => 1.8x');
    expect([grow.baseline, grow.target?.raw, grow.form]).toEqual([undefined, '2x', 'relative']);
    const win = readKrTitle('Win rate of 30% or higher. => 27%');
    expect([win.baseline, win.target?.raw, win.form]).toEqual([undefined, '30%', 'threshold']);
    expect(readKrTitle('Cut onboarding from 10 days → 5 days').form).toBe('from-to');
    const hired = readKrTitle('Hire 20 engineers => 18 hired');
    expect([hired.baseline, hired.target?.raw]).toEqual([undefined, '20 engineers']);
    expect(readKrTitle('Cut the time from Bounty Started → Bounty Completed by 10%').target?.raw).toBe('10%');
    for (const title of ['Cut MTTR 4h -> 30min', 'Cut the close from 2 days → 12 hours', 'Page load 800ms -> 0.4s']) expect(readKrTitle(title).form, title).toBe('from-to');
    const nps = readKrTitle('NPS 30 → 45');
    expect([nps.baseline?.raw, nps.target?.raw, nps.form]).toEqual(['30', '45', 'from-to']);
    // A move written in other languages.
    for (const [title, baseline, target] of [['Mejorar CTR orgánico de 2.5% a 4.5%', '2.5%', '4.5%'], ['Reduzir churn de 70% para 40%', '70%', '40%'], ['Umsatz von 3 auf 5 Mio. steigern', '3', '5 Mio'], ['Passer de 10 à 20 clients', '10', '20 clients']]) {
      const read = readKrTitle(title);
      expect([read.baseline?.raw, read.target?.raw, read.form], title).toEqual([baseline, target, 'from-to']);
    }
    // After a metric named with no number, the arrow points at its target.
    for (const title of ['% of Cardano projects implement the standardized security policy → 80%', 'Uptime → 99.9%']) expect(readKrTitle(title).target?.unit, title).toBe('%');
  });

  it('reads a level said to stand now, in an aside after the target, as the baseline', () => {
    for (const [title, baseline, target] of [
      ['Raise API NPS to 50 (baseline: 32)', '32', '50'],
      ['Reach 1,000 weekly active developers (currently 600)', '600', '1,000 weekly'],
      ['95% of API calls succeed on the first try (was 91%)', '91%', '95%'],
      ['Page load under 1s (today: 2.4s)', '2.4s', '1s'],
      ['Win rate of 30% (vs 22% last quarter)', '22%', '30%'],
      ['Cut build time to 10 minutes (now: 25 minutes)', '25 minutes', '10 minutes'],
      ['Reach 500 GitHub stars (currently approaching 400)', '400', '500 GitHub'],
      ['Reach 300 members (currently about 240)', '240', '300 members'],
      ['Grow my blog viewers to 20,000 / month. (It flattened out at 10,000 sessions per month for a while.)', '10,000 sessions', '20,000'],
      ['Grow weekly users to 500 (up from 320)', '320', '500'],
    ]) {
      const read = readKrTitle(title!);
      expect([read.baseline?.raw, read.target?.raw], title).toEqual([baseline, target]);
    }
    // A tolerance after a value or a cue leaves them alone (review).
    expect([readKrTitle('Reduce forecast error from ±10% to ±5%').baseline?.value, readKrTitle('Reduce forecast error from ±10% to ±5%').target?.value]).toEqual([10, 5]);
    expect(readKrTitle('Keep p95 latency at 200ms ±10%').target?.raw).toBe('200ms');
    // A tolerance is a bound: "a CI check for +/- 5% drift", "within ±2%".
    expect(readKrTitle('Provide baseline JSON and CI check for +/- 5% drift').form).toBe('threshold');
    expect(readKrTitle('Forecast error ±2%').form).toBe('threshold');
    // Outside brackets, "was" opens no aside: a count after it is no baseline of the target before it.
    expect(readKrTitle('Sign 3 design partners; the plan was 2').baseline).toBeUndefined();
  });

  it('reads from and to written after the number in Korean and Japanese, and before it in Chinese', () => {
    for (const [title, baseline, target] of [
      ['가입 전환율 2%에서 4%로 개선', '2%', '4%'],
      ['가입자 100명에서 300명으로', '100', '300'],
      ['로딩 4초에서 2초로 단축', '4', '2'],
      ['ユーザー数を100人から300人へ', '100', '300'],
      ['解約率を5%から2%まで下げる', '5%', '2%'],
      ['转化率从2%提升到4%', '2%', '4%'],
    ]) {
      const read = readKrTitle(title!);
      expect([read.baseline?.raw, read.target?.raw, read.form], title).toEqual([baseline, target, 'from-to']);
    }
    // `로` after a number is "to": the level needs a starting point; a word opening with it (`로그인`) is no particle.
    expect(readKrTitle('고객 만족도 4.5점으로 향상').form).toBe('to');
    expect(readKrTitle('전환율 4%까지').form).toBe('to');
    expect(readKrTitle('10로그인').form).toBe('bare');
    // `到` closing a verb of getting (`拿到`, `得到`, `收到`, `找到`) is no "to": what is got is counted.
    expect(readKrTitle('并拿到1-2 个成功案例').form).toBe('bare');
    expect(readKrTitle('收到 50 份反馈').form).toBe('bare');
    expect(readKrTitle('月活跃用户提升到5000').form).toBe('to');
    // A date before "until" is a deadline, no level: `6월 15일까지`, `6月15日まで`.
    expect(readKrTitle('6월 15일까지 베타 버전 출시').form).not.toBe('to');
    expect(readKrTitle('6月15日までにベータ版をリリース').form).not.toBe('to');
    // A number before a word that ends in the particle (`10 팀에서`, "in 10 teams") starts nothing.
    expect(readKrTitle('10 팀에서 사용').baseline).toBeUndefined();
    // Days counted and "monthly" are no date: only a month and a day together make one (review).
    for (const [title, baseline, target] of [
      ['배포 주기를 7일에서 1일로 단축', '7', '1'],
      ['リードタイムを5日から2日へ短縮', '5', '2'],
      ['신규 가입자 월 500명에서 1,000명으로 증가', '500', '1,000'],
    ]) {
      const read = readKrTitle(title!);
      expect([read.baseline?.raw.replace(/[^\d,]/g, ''), read.target?.raw.replace(/[^\d,]/g, '')], title).toEqual([baseline, target]);
    }
  });

  it('reads a change of a size in Korean, Japanese and Chinese as relative, and which way it goes', () => {
    for (const [title, direction] of [
      ['월간 활성 사용자 30% 증가', 1],
      ['페이지 로딩 시간 50% 단축', -1],
      ['売上を20%増加', 1],
      ['コストを10%削減', -1],
      ['转化率提升30%', 1],
      ['成本降低20%', -1],
    ] as const) {
      const read = readKrTitle(title);
      expect([read.form, read.relative], title).toEqual(['relative', direction > 0 ? 'increase' : 'decrease']);
      expect(titleDirection(title), title).toBe(direction);
    }
  });
});

describe('titleDirection', () => {
  it.each([
    ['Raise NPS from 21 to 40', 1],
    ['Grow weekly active owners', 1],
    ['Reduce time-to-first-value', -1],
    ['Cut churn, then grow revenue', -1],
    ['Keep response time steady', 0],
    ['20% reduction in support tickets', -1],
    ['30% growth in weekly signups', 1],
  ])('%s → %d', (title, direction) => {
    expect(titleDirection(title)).toBe(direction);
  });
});

describe('resolveRelativeTarget', () => {
  const q = (value: number, unit?: string) => (unit ? { value, unit, raw: `${value}${unit}` } : { value, raw: String(value) });

  it('applies a percentage to the baseline', () => {
    expect(resolveRelativeTarget(q(12000), { target: q(20, '%'), relative: 'increase' })?.value).toBe(14400);
    expect(resolveRelativeTarget(q(10, 'days'), { target: q(20, '%'), relative: 'decrease' })).toMatchObject({ value: 8, unit: 'days' });
  });

  it('adds points and plain amounts, multiplies multipliers', () => {
    expect(resolveRelativeTarget(q(30, '%'), { target: q(5, 'points'), relative: 'increase' })?.value).toBe(35);
    expect(resolveRelativeTarget(q(800, 'ms'), { target: q(200, 'ms'), relative: 'decrease' })?.value).toBe(600);
    expect(resolveRelativeTarget(q(300), { target: q(2, 'x'), relative: 'increase' })?.value).toBe(600);
  });

  it('leaves absolute targets alone', () => {
    expect(resolveRelativeTarget(q(10), { target: q(5) })).toBeUndefined();
  });

  it('lets graph.krValues compare a relative title target with a Baseline field', () => {
    const plan = parsePlan('/ws/p.okr.md', '## Objective O1: Owners come back\n### KR1.1: Raise weekly active owners by 20%\nBaseline: 12k\n');
    const graph = new WorkspaceGraph(['/ws']);
    graph.setPlan(plan);
    const kr = plan.nodes.find((n) => n.kind === 'kr')!;
    expect(graph.krValues(kr).target?.value).toBe(14400);
  });
});

describe('parseQuantity', () => {
  it.each([
    ['10 days', { value: 10, unit: 'days' }],
    ['45%', { value: 45, unit: '%' }],
    ['$2M', { value: 2000000, unit: '$' }],
    ['1.2k', { value: 1200 }],
    ['0.35', { value: 0.35 }],
    ['-3', { value: -3 }],
    ['~12 owners', { value: 12, unit: 'owners' }],
    ['1,200', { value: 1200 }],
    ['€1.5 million', { value: 1500000, unit: '€' }],
    ['200ms', { value: 200, unit: 'ms' }],
    ['20lbs', { value: 20, unit: 'lbs' }],
    // The percent sign written as a word, in Korean and Japanese.
    ['100퍼센트', { value: 100, unit: '%' }],
    ['80 パーセント', { value: 80, unit: '%' }],
    ['5lb', { value: 5, unit: 'lb' }],
    ['two hours', { value: 2, unit: 'hours' }],
    // As a table cell writes a value: in bold, marked as met, or as a bound.
    ['**50** ✅', { value: 50 }],
    ['>40%', { value: 40, unit: '%' }],
    ['≤ 2', { value: 2 }],
    ['5 days or so', { value: 5, unit: 'days' }],
    // A share, then what it is of; a value with an aside explaining it.
    ['90% of issues reviewed within 2 working days', { value: 90, unit: '%' }],
    ['100% (all skills)', { value: 100, unit: '%' }],
    // As people write a value in Japanese, Chinese or Korean: a counter, a scale, a currency, a bound after it.
    ['5社以上', { value: 5, unit: '社' }],
    ['10件', { value: 10, unit: '件' }],
    ['3人', { value: 3, unit: '人' }],
    ['50万円', { value: 500000, unit: '¥' }],
    ['1.5亿元', { value: 150000000, unit: '¥' }],
    ['80%以上', { value: 80, unit: '%' }],
    ['100명 이상', { value: 100, unit: '명' }],
    // A rate in short: per month, per week, in other languages too.
    ['500/mo', { value: 500, unit: '/month' }],
    ['10/mês', { value: 10, unit: '/month' }],
    ['3/week', { value: 3, unit: '/week' }],
    ['$20k/mo', { value: 20000, unit: '$/month' }],
    ['$5m/mo', { value: 5000000, unit: '$/month' }],
    // A word saying the value is today's, or about it, before the number.
    ['Currently 3', { value: 3 }],
    ['about 40%', { value: 40, unit: '%' }],
    ['approx. $2M', { value: 2000000, unit: '$' }],
    // A decimal comma, as Spanish, Portuguese, French and German write it, in bold and marked as a table cell may be.
    ['**11,6%** ⚠️', { value: 11.6, unit: '%' }],
    ['0,6', { value: 0.6 }],
    ['1,000', { value: 1000 }],
    // Thousands grouped with dots, as most of Europe writes them; a percentage or a leading zero keeps the dot a decimal point.
    ['€5.000', { value: 5000, unit: '€' }],
    ['1.250.000 visite', { value: 1250000, unit: 'visite' }],
    ['99.999%', { value: 99.999, unit: '%' }],
    ['0.500', { value: 0.5 }],
    // What the number counts, then what it is counted per.
    ['12 activated users/$1K', { value: 12 }],
    ['< 5%/month', { value: 5, unit: '%' }],
    ['≥ 2%/міс', { value: 2, unit: '%' }],
  ])('%s', (text, expected) => {
    expect(parseQuantity(text)).toMatchObject({ ...expected, raw: text });
  });

  it.each(['2026-01-01', 'soon', 'high', '2FA', '15 March', '45 to 60', '5-6 days', '', '40 of 50 accounts', '(5)', '12/41', '85 / 95', '5社と10人', '3/4/2026', 'currently', 'about right', '0,6,5'])('rejects %j', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  it('knows a range for a quantity, though it gives no single value', () => {
    expect(['3-5', '€5.000-15.000', '60-80%', '5-6 days'].map(isQuantityRange)).toEqual([true, true, true, true]);
    expect(['2025-2026', '45', 'soon', '3/4/2026'].map(isQuantityRange)).toEqual([false, false, false, false]);
  });
});

describe('parseUnitInterval', () => {
  it('reads numbers and percentages from 0 to 1', () => {
    expect(parseUnitInterval('0.6')).toBe(0.6);
    expect(parseUnitInterval('60%')).toBe(0.6);
    expect(parseUnitInterval('1')).toBe(1);
    // A full stop closing the value ends the number or the sentence.
    expect(parseUnitInterval('0.')).toBe(0);
    expect(parseUnitInterval('0.7.')).toBe(0.7);
    expect(parseUnitInterval('.')).toBeUndefined();
  });

  it('rejects values outside 0–1 and other units', () => {
    expect(parseUnitInterval('1.5')).toBeUndefined();
    expect(parseUnitInterval('-0.1')).toBeUndefined();
    expect(parseUnitInterval('3 days')).toBeUndefined();
    expect(parseUnitInterval('high')).toBeUndefined();
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar days written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-01-12')).toBe(true);
    expect(isIsoDate(' 2028-02-29 ')).toBe(true);
  });

  it('agrees with the calendar on every day written for four years around the century rules', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [1900, 2000, 2024, 2026]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const d = new Date(Date.UTC(year, month - 1, day));
          const real = month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
          expect(isIsoDate(`${year}-${pad(month, 2)}-${pad(day, 2)}`), `${year}-${month}-${day}`).toBe(real);
        }
      }
    }
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '12/01/2026', '2026-01-12T10:00', 'soon'])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('readWrittenDate: a due date as people write it', () => {
  it.each([
    ['2026-05-15', '2026-05-15'],
    ['May 15, 2026', '2026-05-15'],
    ['Sept. 3 2026', '2026-09-03'],
    ['15 May 2026', '2026-05-15'],
    ['3rd of September, 2026', '2026-09-03'],
    ['2026/05/15', '2026-05-15'],
  ])('%s is %s', (written, iso) => expect(readWrittenDate(written)).toBe(iso));

  it.each(['Feb 30, 2026', '15/05/2026', 'end of March', 'Mayday 15, 2026', 'Ma 15, 2026'])('%s is no date', (written) => expect(readWrittenDate(written)).toBeUndefined());
});
