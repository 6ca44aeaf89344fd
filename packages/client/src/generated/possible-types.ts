
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CategorizedSkill": [
      "ExtractedSkill",
      "RequiredSkill",
      "RoadmapNode",
      "RoleProfileSkill",
      "SkillPartner",
      "SkillPath",
      "SkillProfile",
      "SkillReference",
      "SkillSuggestion",
      "TechnologyTrend",
      "TrendingSkill"
    ],
    "NamedSkill": [
      "AskedWithSkill",
      "CoOccurringSkill",
      "ExtractedSkill",
      "RequiredSkill",
      "RoadmapNode",
      "RoleProfileSkill",
      "SkillPartner",
      "SkillPath",
      "SkillProfile",
      "SkillProgress",
      "SkillReference",
      "SkillSalary",
      "SkillSuggestion",
      "TechnologyTrend",
      "TrendingSkill"
    ],
    "SearchPage": [
      "ProjectSearchFilters",
      "ResourceSearchFilters"
    ],
    "SearchResult": [
      "ProjectSearchResult",
      "ResourceSearchResult"
    ],
    "SignedIn": [
      "AuthPayload",
      "RegisterPayload"
    ],
    "TargetRoleScheduling": [
      "ProfileUpdate",
      "RegisterPayload"
    ]
  }
};
      export default result;
    