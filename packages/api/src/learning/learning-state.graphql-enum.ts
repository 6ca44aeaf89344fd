import { LEARNING_STATES } from '@career-navigator/domain';
import { registerValueEnum } from '../graphql/index.js';

export const LearningStateValue = registerValueEnum(LEARNING_STATES, {
  name: 'LearningState',
  description: 'Where a learner stands in a skill.',
  valuesConfig: {
    NOT_STARTED: { description: 'Not begun (the state of every skill never marked).' },
    IN_PROGRESS: { description: 'Being learned.' },
    DONE: { description: 'Learned: counted as one of your skills everywhere.' },
    SKIPPED: { description: 'Deliberately left out: still shown, not counted in hours remaining.' },
  },
});
