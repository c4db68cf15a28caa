import type { Rule } from '../types';
import { writtenInAnotherLanguage } from '../helpers/language';
import { nodesOfKind } from '../../model';
import { cjkNamedRelease, cjkTaskVerb, deliverableByItsParts, namedAreaAlone, namedAreaOfWork, namedDeliverable, releaseMilestone, taskVerbPhrase, verbFinalTaskVerb } from '../helpers/verb-phrase';

/** Words that only hold the place of a title: `TODO`, `TBD`, `TODO TEMPLATE`. */
const PLACEHOLDER_WORD = /^(?:todo|tbd|tba|template|placeholder|x{3,})$/i;

/** Whether a title only holds the place of one: placeholder words, or dots alone (`…`). */
function isPlaceholder(title: string): boolean {
  const words = title.split(/[\s:,()[\]-]+/).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => PLACEHOLDER_WORD.test(word) || /^[.…]+$/.test(word));
}

export const objectiveIsTask: Rule = {
  code: 'OKR302',
  name: 'objective-is-task',
  defaultSeverity: 'warning',
  group: 'Objectives',
  scope: 'node',
  description:
    'An objective that starts with a task verb (in Chinese too: `构建`, `建立`, `开发`, `搭建`, `完成`, `沉淀`, `组建`, `打造`, `参与`, `跟进` (also kept up, `持续跟进`), `推进`, `翻译`, `写` (not `写作`, writing, nor `写入`, and none before a quality of the work: `翻译质量`, `推进速度`), also after what `将` takes (`将部分技术文翻译成英文并发布`), unless it names a state such as trust or growth (a community only where it is what is built, `构建开发者社区`; not `打通官网社区驱动生产线`) or the verb is part of a metric’s name, `完成率`; or, in Japanese and Korean, ends with one: `データ基盤を構築する`, `파이프라인 구축`, and in Chinese names the work as a noun last: `交易中台服务搭建`, `配置中心落地上线`, `框架与路线梳理`, `产品化升级`, unless what is built is trust, a culture or an experience, or names a release of what it makes: `人脉管理系统简易版`; the `taskVerbs` lexicon, shared with `kr-is-task`: launch, build, ship, implement, migrate, roll out, execute, define, prepare, evaluate, open, start, spin up, hire, test, systematize, provide, publicize, remove, enforce, outline, evolve, work on, contribute to, apply, triage…), also in its -ing form before its object ("Building a new onboarding flow", "Setting up a new billing service", and opening a short title over what it makes, "Creating rubrics"; not "Growing the community", nor a measure of the work, "Hiring velocity"), after "continue" or "keep" ("Keep updating the onboarding process"), after "help" and the teammate it helps ("Help Shreya document the new framework"; "Help our customers launch …" is their outcome), after a manner adverb ("Successfully hire for each open role", "Seamlessly integrate AI agents with GitHub", "Transparently report on commit distribution") or written as done ("We have developed best practices …", "The D&I Working Group has documented …", "Delivered a detailed strategy …"), and whose verb phrase, read whole, names a deliverable; a verb that opens a compound naming a measure of the work ("Test coverage the team can rely on", "Build times under five minutes") is none. Bettering what the team makes for others to use, named as such, is work on it too ("Improve the email delivery architecture", "Enhance HL7 specifications", "Optimize repository functionality"; not "Improve documentation quality", nor with a clause on what it should change for people, "Improve API documentation so developers self-serve"). Joined verbs are read together ("Design and build the billing service" is a task; "Launch and grow the partner program" names a change), and a pace after the verb asks for a change in how the work goes ("Ship features faster without quality regression", "Release more often"), as work that comes again, done on time, asks for reliability ("Deliver products on time", "Ship every release on time"; one piece of work on time, "Ship MVP on time and under budget", is a deliverable with its deadline). One’s game at a sport is how well one plays, a skill to grow ("Develop my golf game with intentional practice"). An outcome or a metric as the object (the `outcomeNouns` lexicon: "Build lasting trust", "Develop and evangelize a data-driven culture", "Build enterprise pipeline", "Deliver more MQLs", "Establish our market presence", "Establish long-term sustainability for the platform", the people who follow or come back: "Build an audience around our content", "Build a loyal base of returning customers"; a thing named by what people make of it: "Build a company people want to stay at", "Create a service our customers choose") is no task, unless the verb only studies it ("Assess our financial sustainability"); a technical one ("Build the data pipeline", "Build a robust DevOps pipeline", "Develop a code base", "Build a knowledge base") is. Readiness of the team’s own product for its release is a milestone too ("Get the billing service production ready", "enterprise-ready", "The billing API v2 is ready for publication", "The guide is published", "The beta is launched successfully", "… are feature complete"; people ready for something are not), and so is taking charge of a piece of work, supporting it or going on with it ("Lead research that …", "Lead the design and implementation of …", "Support the launch of the partner project", "Continue PointerEvent API implementation", "Support other teams’ work", "Lead the migration effort"; "Lead the market", "Drive adoption" or "Support every bookkeeper" is no task). Setting how something stands in people’s eyes is an outcome ("Establish social media as the home of high-school hacking"). A short objective that only names a deliverable ("Next-generation setup wizard", "Changelog videos", "Advocates Program", "Developer Relations Framework", "Litmus Operator", "NAS backup system", "Online classes") or a release of one ("Subscriptions R5", "Persona Library 1.0", "SMART v2") or an event the team holds ("Squad game jam") or the changes it makes to a thing ("Audio enhancements") is one too, unless a quality word says how it should be for people ("World-class docs") or an outcome of it is named ("Adoption API"), and so is a longer one that names a deliverable or a platform by its parts ("Software platforms with integrated machine learning, rich media and structured data components, and associated tooling for …"; not "Integration with other products", a topic, nor one with a clause on what it does for people); so is one of up to three words that only names an area of work, an activity ("Alerting", "Issue enrichment", "Gitbase research", "Kubernetes Cluster Orchestration", "Honest multi-format export", "GenAI Hiring", "Series B preparation"; not "Reliable data export"; a change as it happens, "Community growing", is the outcome), also when a name of two or three words is followed by the field it works in ("Rapid hypothesis testing in OSS sustainability"); and so is an objective of one word, the name of an area ("Health", "Community", "Technical"; not a state people are in, "Belonging", nor the tier of the measures under it, "Primary", "Stretch"). The team’s intention before the verb, or the infinitive a goal is written in, is read past ("We are going to deliver a real-time API", "In order to grow our community, we are going to deliver a framework …", "To develop a website for the workshops"). A trailing aside or team tag ("(Owner: …)", "[DR]") is not part of the name, and a title that only holds a place ("TODO TEMPLATE", "TBD") is not judged. A statement written in another European language is left to its readers ("Deploy estático que funciona no pior caso real" opens with a loanword, no imperative).',
  rationale:
    'An objective is a bet on a change in the world; a task is one way to try to cause it. Plans whose objectives are deliverables turn into project lists: everything ships, nothing is learned, and nobody asks whether shipping it mattered.',
  weak: '## Objective O2: Launch the new onboarding flow',
  strong: '## Objective O2: New owners reach a clear picture of their cash in their first week',
  fix: 'Ask what the task is for and write that change as the objective; the task becomes an initiative under one of its key results.',
  check({ plan, lexicon, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      // `Objective n: TODO TEMPLATE`: a slot left to fill in states nothing to judge.
      if (isPlaceholder(objective.title)) continue;
      // The task verbs are English: an English word opening a statement in another language (`Deploy estático que
      // funciona …`, a loanword used as a noun) is no imperative.
      const verb = (writtenInAnotherLanguage(objective.title) ? undefined : taskVerbPhrase(objective.title, lexicon)) ?? cjkTaskVerb(objective.title);
      if (verb) {
        report({ range: objective.range, message: `The objective starts with the task verb “${verb.toLowerCase()}”; say what should change, and make the task an initiative.` });
        continue;
      }
      const lastVerb = verbFinalTaskVerb(objective.title);
      if (lastVerb) {
        report({ range: objective.range, message: `The objective ends with the task verb “${lastVerb}”; say what should change, and make the task an initiative.` });
        continue;
      }
      const milestone = releaseMilestone(objective.title);
      if (milestone) {
        report({ range: objective.range, message: `The objective states a milestone of the team’s own work (“${milestone}”); say what should be different for people once it is reached, and make the work an initiative.` });
        continue;
      }
      const deliverable = namedDeliverable(objective.title, lexicon) ?? deliverableByItsParts(objective.title, lexicon) ?? cjkNamedRelease(objective.title);
      if (deliverable) {
        report({ range: objective.range, message: `The objective only names a deliverable (“${deliverable}”); say what should be different once it exists, and make building it an initiative.` });
        continue;
      }
      const area = namedAreaOfWork(objective.title, lexicon);
      if (area) {
        report({ range: objective.range, message: `The objective only names an area of work (“${area}”); say what should be different once the work is done, and make the work initiatives.` });
        continue;
      }
      const label = namedAreaAlone(objective.title);
      if (label) report({ range: objective.range, message: `The objective only names an area (“${label}”); say what should be different in it by the end of the period, and make the work initiatives.` });
    }
  },
};
