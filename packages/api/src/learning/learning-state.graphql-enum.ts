import { LEARNING_STATES, type LearningState } from '@career-navigator/domain';
import { registerEnumType } from 'type-graphql';

export const LearningStateValue = Object.fromEntries(LEARNING_STATES.map((state) => [state, state])) as {
  readonly [State in LearningState]: State;
};

registerEnumType(LearningStateValue, {
  name: 'LearningState',
  description: 'Where a learner stands in a skill.',
  valuesConfig: {
    NOT_STARTED: { description: 'Not begun (the state of every skill never marked).' },
    IN_PROGRESS: { description: 'Being learned.' },
    DONE: { description: 'Learned: counted as one of your skills everywhere.' },
    SKIPPED: { description: 'Deliberately left out: still shown, not counted in hours remaining.' },
  },
});
