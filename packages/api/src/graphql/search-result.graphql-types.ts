import { Field, Int, ObjectType } from 'type-graphql';

// Never in the schema itself (nothing refers to them): the result types extending them inherit their fields.

/** The page a search answered, shared by every search's filtersApplied. */
@ObjectType()
export abstract class SearchPageFilters {
  @Field(() => Int)
  limit!: number;

  @Field(() => Int)
  offset!: number;
}

/** What every search result says besides its items. */
@ObjectType()
export abstract class SearchResultTotals {
  @Field(() => Int, { description: 'Matches before limit and offset.' })
  totalFound!: number;

  @Field(() => String)
  searchQuery!: string;
}
