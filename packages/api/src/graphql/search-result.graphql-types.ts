import { Field, Int, InterfaceType } from 'type-graphql';

/** The page a search answered, shared by every search's filtersApplied. */
@InterfaceType('SearchPage', { description: 'The page of matches a search answered.' })
export abstract class SearchPageFilters {
  @Field(() => Int) limit!: number;
  @Field(() => Int) offset!: number;
}

/** What every search result says besides its items. */
@InterfaceType('SearchResult', { description: 'What every catalog search answers besides its items.' })
export abstract class SearchResultTotals {
  @Field(() => Int, { description: 'Matches before limit and offset.' }) totalFound!: number;
  @Field(() => String) searchQuery!: string;

  // Each result narrows it to its own filters type, which implements SearchPage.
  @Field(() => SearchPageFilters, { description: 'The page and the filters the search answered.' })
  abstract filtersApplied: SearchPageFilters;
}
