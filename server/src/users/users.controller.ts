import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, createdId, pathId } from '../audit/audited';
import { Roles } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { UserDto, UserListDto } from './dto/user.dto';
import { CreateUserDto, UpdateUserDto } from './dto/user-input.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserListDto })
  listUsers(@Ctx() ctx: RequestContext): Promise<UserListDto> {
    return this.users.list(ctx);
  }

  @Post()
  @Audited('create', 'user', { entityId: createdId })
  @ApiCreatedResponse({ type: UserDto })
  createUser(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(ctx, dto);
  }

  @Patch(':id')
  @Audited('update', 'user', { entityId: pathId })
  @ApiOkResponse({ type: UserDto })
  updateUser(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.users.update(ctx, id, dto);
  }
}
