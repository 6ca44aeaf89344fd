import { Field, ObjectType } from 'type-graphql';

@ObjectType('Health', { description: 'Liveness: the process answers. Readiness is GET /ready.' })
export class HealthType {
  @Field(() => String, { description: 'Always "ok".' }) status!: string;
  @Field(() => String) app!: string;
  @Field(() => String) version!: string;
}
